"""Issue 15 item 8: parsing one Python file has bounded cost: cheap pre-checks refuse what cannot parse within
the limits, the rest of the large files parse in a child process under a memory and a time limit."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rice_core.config import RiceConfig
from rice_core.scan import scan_source_with_problems
from rice_core.scan.python.bounded import MIB, ParseLimits, parse_cost, scan_python_bounded

CALL = (
    "import openai\n"
    "openai.OpenAI().chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}])\n"
)
# Scans one generated file in a fresh interpreter limited to 1 GiB of address space (so that the unbounded
# parser fails fast instead of taking 4 GB of a shared machine); prints its problem codes and the time taken.
HARNESS = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from rice_core.config import RiceConfig
from rice_core.scan import scan_source_with_problems
text = {expression}
started = time.perf_counter()
calls, problems = scan_source_with_problems(text, "hostile.py", config=RiceConfig())
print(json.dumps({{"seconds": time.perf_counter() - started, "codes": [p.code for p in problems]}}))
"""


def _scan_in_fresh_interpreter(expression: str, timeout_s: float = 60) -> dict:
    code = HARNESS.format(expression=expression)
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        pytest.fail(f"scanning did not finish within {timeout_s} s")
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_parse_8mb_one_line_list_is_refused_without_parsing() -> None:
    result = _scan_in_fresh_interpreter("'x = [' + '1,' * 4_000_000 + ']\\n'")
    assert result["codes"] == ["file-too-complex"]
    assert result["seconds"] < 10


def test_parse_million_placeholder_fstring_is_refused_without_parsing() -> None:
    result = _scan_in_fresh_interpreter("'x = f\"' + '{a}' * 1_000_000 + '\"\\n'")
    assert result["codes"] == ["file-too-complex"]
    assert result["seconds"] < 10


def test_parse_time_limit_stops_a_slow_parse_and_its_child() -> None:
    text = CALL + "x = f'" + "{a}" * 150_000 + "'\n"  # ~30 s of ast.parse
    started = time.monotonic()
    calls, problems = scan_python_bounded(text, "slow.py", RiceConfig(), None, ParseLimits(child_time_s=1.0))
    assert time.monotonic() - started < 15
    assert calls == [] and [p.code for p in problems] == ["file-too-complex"]
    assert "parsing took longer than 1 s" in problems[0].message
    assert multiprocessing.active_children() == []


def test_parse_memory_limit_stops_a_large_parse() -> None:
    text = CALL + "a\n" * 400_000  # ~700 MB of parser memory
    limits = ParseLimits(in_process_units=1_000, child_memory_bytes=200 * MIB)
    calls, problems = scan_python_bounded(text, "wide.py", RiceConfig(), None, limits)
    assert [p.code for p in problems] == ["file-too-complex"]
    assert "more than 200 MiB" in problems[0].message


def test_parse_ordinary_large_file_is_still_scanned() -> None:
    """A 600 KB file of ordinary code is over the in-process bound: it is scanned in the child, calls intact."""
    ordinary = Path(__import__("typing").__file__).read_text(encoding="utf-8") * 5
    assert parse_cost(ordinary).units > ParseLimits().in_process_units
    calls, problems = scan_source_with_problems(ordinary + CALL, "big.py", config=RiceConfig())
    assert [c.model for c in calls] == ["gpt-4o"] and problems == []


def test_parse_cost_bounds_the_tokens_of_ordinary_code() -> None:
    """The estimate is an upper bound on the tokenizer's tokens (what the parser's memory grows with)."""
    import io
    import tokenize

    source = Path(__import__("json").__file__).read_text(encoding="utf-8")
    tokens = sum(1 for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.string.strip())
    assert tokens <= parse_cost(source).units


def test_parse_notebook_cells_are_bounded_too() -> None:
    cell = {"cell_type": "code", "source": ["x = f'" + "{a}" * 1_000_000 + "'\n"], "metadata": {}, "outputs": []}
    notebook = json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    started = time.monotonic()
    calls, problems = scan_source_with_problems(notebook, "hostile.ipynb", config=RiceConfig())
    assert [p.code for p in problems] == ["file-too-complex"]
    assert time.monotonic() - started < 10
