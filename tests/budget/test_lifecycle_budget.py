"""Issue 13 in the budget gate: budget.scope (operational | life-cycle), the per-call split, the water cap, and
the exact text of the life-cycle lines in every output."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from rich.console import Console

from rice_core.budget.formats import render_json, render_markdown
from rice_core.budget.lifecycle_view import litres, report_lines
from rice_core.budget.projection import project
from rice_core.budget.report import render_report
from rice_core.budget.result import CheckResult
from rice_core.budget.sarif import render_sarif
from rice_core.config import Budget, RiceConfig, Volume, VolumeConfig
from rice_core.ranges import Range

from .helpers import Priced, make_call, make_estimate


def _estimate(co2e_g: float, embodied_g: float, onsite_ml: float, offsite_ml: float):
    return dataclasses.replace(
        make_estimate(co2e_g),
        embodied_co2e_g=embodied_g,
        embodied_co2e_range_g=Range(embodied_g / 4, embodied_g * 4),
        lifecycle_co2e_g=co2e_g + embodied_g,
        water_ml=onsite_ml + offsite_ml,
        water_onsite_ml=onsite_ml,
        water_offsite_ml=offsite_ml,
        water_range_ml=Range((onsite_ml + offsite_ml) / 2, (onsite_ml + offsite_ml) * 2),
    )


CALLS = [
    Priced(make_call("app/a.py", 3), _estimate(3.0, 1.0, 2.0, 8.0)),  # 1k/day: 3 kg + 1 kg, 10 L per day
    Priced(make_call("app/b.py", 9), _estimate(1.0, 0.5, 0.0, 4.0)),  # 1 kg + 0.5 kg, 4 L per day
]


def _config(scope: str = "operational", co2e_kg: float | None = 5.0, water_l: float | None = None) -> RiceConfig:
    budget = Budget(period="day", co2e_kg=co2e_kg, scope=scope, water_l=water_l)  # type: ignore[arg-type]
    return RiceConfig(
        volume=VolumeConfig(Volume(1000, "day")),
        budget=budget,
        source_path="rice.yaml",
        key_lines={"budget.co2e_kg": 3, "budget.water_l": 5},
    )


def _result(config: RiceConfig) -> CheckResult:
    return CheckResult(root="app", config=config, projection=project(CALLS, config), files_scanned=2)


def _text(result: CheckResult) -> list[str]:
    console = Console(file=io.StringIO(), width=100)
    console.print(render_report(result))
    return [line.rstrip() for line in console.file.getvalue().splitlines()]


def test_operational_scope_gates_the_electricity_only() -> None:
    p = project(CALLS, _config())
    assert p.total_kg == pytest.approx(4.0) and not p.over_budget
    a = p.calls[0]
    assert (a.operational_kg, a.embodied_kg, a.water_l) == pytest.approx((3.0, 1.0, 10.0))


def test_life_cycle_scope_adds_the_embodied_share_and_fails_the_same_budget() -> None:
    p = project(CALLS, _config("life-cycle"))
    assert p.total_kg == pytest.approx(5.5) and p.over_budget and p.scope == "life-cycle"
    assert p.calls[0].co2e_per_request_g == pytest.approx(4.0)
    assert p.total_range_kg.high == pytest.approx((6.0 + 4.0) + (2.0 + 2.0))  # (op high + embodied high) per call


def test_water_cap_fails_the_gate_on_the_compared_figure() -> None:
    assert not project(CALLS, _config(water_l=15.0)).failed  # 14 L central
    over = project(CALLS, _config(water_l=13.0))
    assert over.over_water and over.failed and _result(_config(water_l=13.0)).exit_code == 1
    high = project(
        CALLS, dataclasses.replace(_config(water_l=15.0), budget=Budget("day", 5.0, None, "high", water_l=15.0))
    )
    assert high.compared_water_l == pytest.approx(28.0) and high.over_water


def test_report_lines_exact_text() -> None:
    lines = [t.plain for t in report_lines(project(CALLS, _config(water_l=13.0)))]
    assert lines[0] == "Life cycle: 4 kg operational + 1.5 kg embodied = 5.5 kg CO2e/day"
    assert lines[1] == "Water:     14 L/day (on-site 2 L + off-site 12 L)"
    assert lines[2].startswith("Water cap: 14 L of 13 L/day (central) [") and lines[2].endswith(
        "108%  ✗ OVER THE WATER CAP"
    )


def test_report_names_the_scope_when_over_budget() -> None:
    text = _text(_result(_config("life-cycle")))
    assert text[3].startswith("Budget:    5.5 kg of 5 kg/day (central, life-cycle) [")
    assert "✗ Over the life-cycle budget by 500 g CO2e/day." in "\n".join(text)


def test_report_water_advice_points_at_the_cap() -> None:
    text = "\n".join(_text(_result(_config(co2e_kg=None, water_l=13.0))))
    assert "✗ Over the water cap by 1 L/day." in text and "(rice.yaml:5)" in text


def test_json_splits_per_call_and_in_total() -> None:
    data = json.loads(render_json(_result(_config("life-cycle", water_l=13.0))))
    assert data["scope"] == "life-cycle" and data["over_water"] is True and data["failed"] is True
    assert (data["operational_kg"], data["embodied_kg"], data["water_l"]) == pytest.approx((4.0, 1.5, 14.0))
    assert (data["water_onsite_l"], data["water_offsite_l"]) == pytest.approx((2.0, 12.0))
    call = data["calls"][0]
    assert call["embodied_co2e_per_request_g"] == 1.0 and call["lifecycle_co2e_per_request_g"] == 4.0
    assert call["water_per_request_ml"] == 10.0 and call["water_range_l"] == pytest.approx([5.0, 20.0])


def test_markdown_lines_exact_text() -> None:
    lines = render_markdown(_result(_config(water_l=13.0))).splitlines()
    assert lines[0] == "### ❌ R-ICE carbon budget: over the water cap"
    assert lines[3] == (
        "**Life cycle:** 4 kg operational + 1.5 kg embodied = 5.5 kg CO2e/day; "
        "**water:** 14 L/day (on-site 2 L + off-site 12 L)."
    )
    assert lines[4] == "**Water cap:** 14 L of 13 L/day (over the cap)."
    assert "| `app/a.py:3` | gpt-4o-mini | 1k/day (default) | 3 g | 3 kg | 75% | 1 g | 10 mL |" in lines


def test_sarif_over_water_result_and_call_split() -> None:
    results = json.loads(render_sarif(_result(_config(co2e_kg=None, water_l=13.0))))["runs"][0]["results"]
    assert results[0]["ruleId"] == "rice/over-water-cap"
    assert results[0]["message"]["text"] == "Projected water 14 L/day (central) is over the cap of 13 L"
    assert results[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 5}
    assert results[1]["message"]["text"].endswith(
        "; per request 3 g operational + 1 g embodied, water 10 mL (on-site 2 mL)"
    )


def test_litres() -> None:
    assert (litres(0.012), litres(3.4), litres(1234.0)) == ("12 mL", "3.4 L", "1.23 m³")


def test_one_line_verdict_names_the_water_cap() -> None:
    from rice_core.cli.check_cmd import verdict_line

    assert verdict_line(_result(_config(water_l=13.0))).startswith("rice check: OVER THE WATER CAP: 4 kg CO2e/day")
    assert verdict_line(_result(_config(water_l=15.0))).startswith("rice check: within budget: 4 kg CO2e/day")
