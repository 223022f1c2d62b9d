"""Issue 15 item 7: FIFOs and devices where R-ICE expects files. Every read is of a regular file and bounded:
``rice scan``/``rice check`` finish (the FIFO is a problem row), ``--prompt-file``/``--config`` are refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .cli_tools import CALL, ROOMY_YAML, clean_failure, rice, user_env

DEVICE = "/dev/zero"


def test_fifo_in_a_non_git_tree_does_not_hang_scan_or_check(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    (tmp_path / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    os.mkfifo(tmp_path / "trap.py")
    scanned = rice(tmp_path, "scan", ".", "--format", "json", env=user_env(tmp_path), timeout=60)
    clean_failure(scanned)
    assert scanned.returncode == 0 and '"app.py"' in scanned.stdout and "trap.py" not in scanned.stdout
    checked = rice(tmp_path, "check", env=user_env(tmp_path), timeout=60)
    clean_failure(checked)
    assert checked.returncode == 0 and "1 LLM call site(s)" in checked.stdout


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_prompt_file_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str):
    target = tmp_path / "prompt.txt"
    if kind == "fifo":
        os.mkfifo(target)
    path = str(target) if kind == "fifo" else DEVICE
    done = rice(
        tmp_path,
        "estimate",
        "-m",
        "gpt-4o",
        "--prompt-file",
        path,
        "--output-tokens",
        "10",
        env=user_env(tmp_path),
        timeout=60,
    )
    clean_failure(done)
    assert done.returncode == 2 and "not a regular file" in done.stderr, done.stderr


@pytest.mark.parametrize("command", ["check", "scan"])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_config_that_is_not_a_regular_file_is_refused(tmp_path: Path, command: str, kind: str):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    target = tmp_path / "rice.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    done = rice(tmp_path, command, "--config", str(target) if kind == "fifo" else DEVICE, env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 2 and "not a regular file" in done.stderr, done.stderr


def test_fifo_named_rice_yaml_in_the_tree_is_not_read(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    os.mkfifo(tmp_path / "rice.yaml")
    done = rice(tmp_path, "check", env=user_env(tmp_path), timeout=60)
    clean_failure(done)
    assert done.returncode == 0 and "Budget:    none set" in done.stdout
