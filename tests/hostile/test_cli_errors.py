"""Issue 15 item 15 (command line): clear errors with exit 2 instead of tracebacks, and JSON that any JSON
reader accepts (never ``NaN``/``Infinity``)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .cli_tools import CALL, RICE, TIMEOUT_S, clean_failure, rice, user_env

ZERO_BUDGET_YAML = "budget:\n  period: month\n  co2e_kg: 0\n"


def strict_json(text: str) -> object:
    """Parse like a browser or jq would: ``NaN``/``Infinity`` are errors."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_params_b_beyond_any_model_is_a_usage_error(tmp_path: Path):
    done = rice(tmp_path, "estimate", "--params-b", "1e300", "--prompt-tokens", "10", "--output-tokens", "10")
    clean_failure(done)
    assert done.returncode == 2 and "params_b" in done.stderr and "NaN" not in done.stdout


@pytest.mark.parametrize("target", ["folder", "missing/parent/report.json", "/dev/full"])
def test_output_that_cannot_be_written_is_a_usage_error(tmp_path: Path, target: str):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    done = rice(tmp_path, "check", "--format", "json", "--output", target, env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 2 and f"--output {target}: cannot write the report" in done.stderr, done.stderr


def test_closed_pipe_ends_quietly(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL + CALL.split("\n", 2)[2] * 600, encoding="utf-8")
    with subprocess.Popen(
        [RICE, "scan", ".", "--format", "json"],
        cwd=tmp_path,
        env=user_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.read(10)  # `| head -c 10`
        child.stdout.close()
        code = child.wait(timeout=TIMEOUT_S)
        errors = child.stderr.read().decode()
    assert code == 141 and errors == "", errors


def test_install_hook_into_a_missing_folder_says_so(tmp_path: Path):
    done = rice(tmp_path, "install-hook", "--repo", str(tmp_path / "nonexistent"))
    clean_failure(done)
    assert done.returncode == 2 and "no such folder" in done.stderr and "not installed" not in done.stderr


def test_scan_root_that_is_a_file_is_a_usage_error(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    done = rice(tmp_path, "scan", ".", "--root", "app.py", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 2 and "--root app.py: not a folder" in done.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_zero_budget_json_has_no_infinity(tmp_path: Path, fmt: str):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    (tmp_path / "rice.yaml").write_text(ZERO_BUDGET_YAML, encoding="utf-8")
    done = rice(tmp_path, "check", "--format", fmt, env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1
    data = strict_json(done.stdout)
    if fmt == "json":
        assert isinstance(data, dict) and data["share_of_budget"] is None and data["over_budget"] is True


def test_scan_and_estimate_json_are_strict_json(tmp_path: Path):
    (tmp_path / "app.py").write_text(CALL, encoding="utf-8")
    for args in (
        ["scan", ".", "--format", "json"],
        ["estimate", "-m", "gpt-4o", "--prompt", "hi", "--output-tokens", "5", "--format", "json"],
    ):
        done = rice(tmp_path, *args, env=user_env(tmp_path))
        assert done.returncode == 0, done.stderr
        strict_json(done.stdout)


@pytest.mark.parametrize("command", ["models", "hardware", "regions"])
def test_catalog_json_is_strict_json(tmp_path: Path, command: str):
    done = rice(tmp_path, command, "--format", "json", env=user_env(tmp_path))
    assert done.returncode == 0, done.stderr
    strict_json(done.stdout)
