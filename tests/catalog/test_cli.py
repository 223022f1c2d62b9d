"""``rice models``, ``rice hardware``, ``rice regions``: in-process through ``main`` and once as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from rich.console import Console

from rice_core.cli import main
from rice_core.cli.catalog_cmd import (
    HARDWARE_COLUMNS,
    MODEL_COLUMNS,
    hardware_rows,
    model_rows,
    render_table,
)


def test_models_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--search", "mixtral", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["mixtral-8x7b", "mixtral-8x22b"]
    assert rows[0]["active_params_b"] == 12.9 and rows[0]["params_range_b"] is None and rows[0]["sources"]


def test_models_search_accepts_code_spellings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "-s", "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "--format", "json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["claude-3-7-sonnet"]


def test_models_search_without_match_exits_1_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--search", "gpt4o"]) == 1
    err = capsys.readouterr().err
    assert "no models match 'gpt4o'" in err and "gpt-4o" in err


def test_hardware_json_lists_every_accelerator(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hardware", "--format", "json"]) == 0
    ids = {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert {"a100-80gb", "h100-sxm", "mi300x"} <= ids


def test_regions_search_lists_a_country_and_its_cloud_regions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "--search", "France", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "FR"
    assert {"aws:eu-west-3", "gcp:europe-west9", "azure:francecentral"} <= {r["id"] for r in rows}
    assert all(r["id"] == "FR" or r["parent"] == "FR" for r in rows)


def test_hardware_has_no_search_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hardware", "--search", "h100"]) == 2


def _render(table: object) -> str:
    console = Console(file=io.StringIO(), width=120)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_model_table_text() -> None:
    rows = [r for r in model_rows("gpt-4o") if r["id"] == "gpt-4o"]
    lines = _render(render_table("Models", rows, MODEL_COLUMNS)).splitlines()
    assert lines[0].strip() == "Models (1)"
    assert lines[-2].split() == ["gpt-4o", "openai", "large", "~440", "88", "(44–132)", "128k", "o200k×1"]


def test_hardware_table_text() -> None:
    rows = [r for r in hardware_rows() if r["id"] == "h100-sxm"]
    line = _render(render_table("Hardware", rows, HARDWARE_COLUMNS)).splitlines()[-2]
    assert line.split() == ["h100-sxm", "NVIDIA", "H100-SXM5-80GB", "80", "700", "989", "1,979", "3,350"]


def test_models_command_as_a_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "rice_core", "models", "--search", "llama"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "llama-3.1-8b" in proc.stdout and "Models (" in proc.stdout
