"""Issue 16 in the ``rice scan`` table: the token column shows prompt → expected output ≤ cap (the cap as the
hover's "(cap …)"), fitted to 80 and 120 columns by ``rice_core.textfit``."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest

from rice_core.config import RiceConfig
from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import price_calls
from rice_core.scan.report import scan_table
from rice_core.workload.lengths import output_kind
from tests.budget.helpers import make_call
from tests.render.test_columns import LONG_MODEL, LONG_PATH, recorded


def capped_mean(mean: float, sigma: float, cap: float) -> float:
    """E[min(L, cap)] of a lognormal with this mean, written out by hand (not the package's function)."""
    mu = math.log(mean) - sigma**2 / 2
    z = (math.log(cap) - mu) / sigma
    cdf = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))  # noqa: E731
    return mean * cdf(z - sigma) + cap * (1 - cdf(z))


@pytest.mark.parametrize("width", [80, 120])
def test_scan_table_shows_the_expected_output_and_the_cap(width: int) -> None:
    chat = output_kind("chat")
    assert chat is not None
    calls = [
        replace(make_call(LONG_PATH, 123, model=LONG_MODEL), output_tokens=4096),
        make_call("app.py", 7, model="gpt-4o"),
        replace(make_call("notes.py", 9, model="gpt-4o"), output_tokens=120, output_tokens_source="annotation"),
    ]
    lines = recorded(
        scan_table(ScanResult(calls=calls, files_scanned=3, problems=[]), price_calls(calls, RiceConfig()), width),
        width,
    )
    assert all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    header = lines.index(next(line for line in lines if line.startswith("Location")))
    assert lines[header - 1].endswith("In → out") and "   ≤ cap   " in lines[header]  # a two-line header
    big, small = (round(capped_mean(chat.mean_tokens, chat.sigma, cap)) for cap in (4096, 300))
    cells = [re.search(r"\S+ → \S+ ≤ \S+", line) for line in lines if not line.startswith("Location")]
    assert [c.group(0) for c in cells if c] == [
        f"500 → {big:,} ≤ 4,096",
        f"500 → {small:,} ≤ 300",
        "500 → 120 ≤ 120",  # `# rice: output_tokens=120` states the expected output itself
    ]
    assert (big, small) == (337, 197)  # a chat reply under a 4,096 and a 300 cap
