"""``rice scan``: in-process for the details, once as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from rice_core.cli import main
from rice_core.scan import scan_source
from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import PricedCall
from rice_core.scan.report import scan_table

APP = """from openai import OpenAI
client = OpenAI()
def ask(q):
    return client.chat.completions.create(model="gpt-4o-mini", max_tokens=100,
        messages=[{"role": "user", "content": "Say hi"}])
"""
KEYS = [
    "path",
    "line",
    "column",
    "end_line",
    "sdk",
    "api",
    "model",
    "model_source",
    "prompt_tokens",
    "prompt_source",
    "output_tokens",
    "output_tokens_source",
    "expected_output_tokens",  # issue 16: the expected output priced (output_tokens stays the cap)
    "reasoning_tokens",
    "energy_wh",
    "co2e_g",
    "requests_per_call",  # issue 11
    "requests_source",
    "local",
    "warnings",
]


def write_app(root: Path) -> None:
    (root / "pkg").mkdir()
    (root / "pkg" / "app.py").write_text(APP, encoding="utf-8")
    (root / "pkg" / "broken.py").write_bytes(b"import openai\n\xff\n")


def test_json_in_process(tmp_path, capsys) -> None:
    write_app(tmp_path)
    assert main(["scan", str(tmp_path), "--format", "json", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["calls", "ignored", "files_scanned", "problems"]
    (call,) = data["calls"]
    assert list(call) == KEYS
    assert (call["path"], call["line"], call["column"], call["end_line"], call["model"], call["output_tokens"]) == (
        "pkg/app.py",
        4,
        11,
        5,
        "gpt-4o-mini",
        100,
    )
    assert data["files_scanned"] == 2
    assert data["problems"] == [
        {"path": "pkg/broken.py", "code": "file-unreadable", "message": data["problems"][0]["message"]}
    ]


def test_missing_path_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["scan", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


NARROW = """\
Scanned: 1 file(s); 1 LLM call site(s) in 1 file(s)
                                       In → out
Location       Model / SDK                ≤ cap   Wh   g CO2e   Warnings
────────────────────────────────────────────────────────────────────────────────
pkg/app.py:4   gpt-4o-mini          8 → ? ≤ 100    –        –   unresolved-model
               openai
               (config-default)
"""
WIDE = """\
Scanned: 1 file(s); 1 LLM call site(s) in 1 file(s)
                                            In → out
Location       Model / SDK                     ≤ cap   Wh   g CO2e   Warnings
─────────────────────────────────────────────────────────────────────────────────────
pkg/app.py:4   gpt-4o-mini               8 → ? ≤ 100    –        –   unresolved-model
               openai (config-default)
"""


def render(width: int) -> str:
    (call,) = scan_source(APP.replace('model="gpt-4o-mini"', "model=M"), "pkg/app.py")
    console = Console(file=io.StringIO(), width=width)
    console.print(
        scan_table(ScanResult(calls=[call], files_scanned=1, problems=[]), [PricedCall(call, None, ())], width)
    )
    text = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n") + "\n"


def test_table_text_narrow_and_wide() -> None:
    assert render(80) == NARROW
    assert render(120) == WIDE


def test_long_locations_keep_their_end() -> None:
    from rice_core.scan.report import shorten_left

    assert shorten_left("a/very/long/path/to/module.py:12", 16) == "…to/module.py:12"
    assert shorten_left("short.py:1", 16) == "short.py:1"


def test_number_format() -> None:
    from rice_core.scan.report import _num

    assert [_num(v, "Wh") for v in (None, 0.000123456, 2.5, 12345.6)] == ["–", "0.000123 Wh", "2.5 Wh", "12,346 Wh"]


def test_subprocess_json(tmp_path) -> None:
    write_app(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "rice_core", "scan", "pkg", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "RICE_CACHE_DIR": str(tmp_path / "user-cache")},
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [c["path"] for c in data["calls"]] == ["app.py"]  # relative to the scan root, pkg/
    assert data["calls"][0]["energy_wh"] > 0 and data["calls"][0]["co2e_g"] > 0
    assert list((tmp_path / "user-cache" / "scan").glob("*/scan-cache.json"))  # per-user, not in the tree
    assert not (tmp_path / "pkg" / ".rice-cache").exists()


def test_json_leaves_ignored_calls_out_of_calls(tmp_path, capsys) -> None:
    """A ``# rice: ignore`` call is not counted by JSON consumers, but is still listed under ``ignored``."""
    (tmp_path / "app.py").write_text(
        APP
        + """
def quiet(q):
    return client.chat.completions.create(model="gpt-4o", messages=[])  # rice: ignore
""",
        encoding="utf-8",
    )
    assert main(["scan", str(tmp_path), "--format", "json", "--no-cache"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["line"] for c in data["calls"]] == [4]
    assert data["ignored"] == [{"path": "app.py", "line": 8}]
