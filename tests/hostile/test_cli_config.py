"""Issue 15 items 6 and 15 (rice.yaml): a configuration from a hostile repository is refused with exit 2 and
``file:line: message`` — never a traceback, a hang, gigabytes of memory, or a silently accepted NaN/Infinity."""

from __future__ import annotations

import resource
import subprocess
from pathlib import Path

import pytest

from .cli_tools import CALL, RICE, clean_failure, rice, user_env

LAUGHS = "\n".join(
    ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
)
DEEP = "scan:\n  include: " + "[" * 20_000 + "]" * 20_000 + "\n"
CASES = {
    "billion-laughs": (LAUGHS, 1, "not allowed"),
    "python-tag": ('defaults:\n  model: !!python/object/apply:os.system ["touch pwned"]\n', 2, "tag"),
    "merge-key": ("budget:\n  <<: {co2e_kg: 1}\n", 2, "merge keys"),
    "5000-digit-integer": ("budget:\n  co2e_kg: " + "9" * 5000 + "\n", 2, "too long"),
    "nan-budget": ("budget:\n  co2e_kg: .nan\n", 2, "finite"),
    "inf-budget": ("budget:\n  co2e_kg: .inf\n", 2, "finite"),
    "nan-pue": ("defaults:\n  pue: .nan\n", 2, "defaults.pue"),
    "nan-grid": ("defaults:\n  region: FR\n  grid_gco2e_per_kwh: .nan\n", 3, "defaults.grid_gco2e_per_kwh"),
    "huge-output-tokens": ("defaults:\n  output_tokens: 1000000000000\n", 2, "whole number from 1"),
    "20k-deep-nesting": (DEEP, 2, "deeper than"),
}


def _limited_memory() -> None:
    """1 GiB of address space for the child: an alias bomb must fail the test, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _check(tmp_path: Path, config: bytes, name: str = "rice.yaml") -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    (tmp_path / name).write_bytes(config)
    return subprocess.run(
        [RICE, "check"],
        cwd=tmp_path,
        env=user_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited_memory,
        check=False,
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_rice_yaml_is_refused_with_file_and_line(tmp_path: Path, case: str):
    text, line, phrase = CASES[case]
    done = _check(tmp_path, text.encode("utf-8"))
    clean_failure(done)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-500:])
    assert f"rice.yaml:{line}: " in done.stderr and phrase in done.stderr, done.stderr
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    ("raw", "line", "phrase"),
    [
        (b"budget:\n  co2e_kg: 1  # caf\xe9\n", 2, "not UTF-8"),
        ("budget:\n  co2e_kg: 1\n".encode("utf-16"), 1, "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "NUL bytes"),
    ],
    ids=["latin-1", "utf-16", "binary"],
)
def test_undecodable_rice_yaml_is_refused_with_its_line(tmp_path: Path, raw: bytes, line: int, phrase: str):
    done = _check(tmp_path, raw)
    clean_failure(done)
    assert done.returncode == 2 and f"rice.yaml:{line}: " in done.stderr and phrase in done.stderr, done.stderr


def test_oversized_rice_yaml_is_refused(tmp_path: Path):
    done = _check(tmp_path, ("# " + "x" * 300_000 + "\nbudget:\n  co2e_kg: 1\n").encode())
    clean_failure(done)
    assert done.returncode == 2 and "rice.yaml: " in done.stderr and "larger than" in done.stderr, done.stderr


def test_pyproject_with_a_5000_digit_integer_is_refused(tmp_path: Path):
    done = _check(tmp_path, ("[tool.rice.budget]\nco2e_kg = " + "9" * 5000 + "\n").encode(), "pyproject.toml")
    clean_failure(done)
    assert done.returncode == 2 and "pyproject.toml" in done.stderr, done.stderr


def test_binary_config_option_is_refused(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    done = rice(tmp_path, "check", "--config", "image.png", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 2 and "image.png" in done.stderr, done.stderr
