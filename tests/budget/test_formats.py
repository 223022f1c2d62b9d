import json
from pathlib import Path

import jsonschema
import pytest

from rice_core.budget.formats import render_json, render_markdown
from rice_core.budget.projection import project
from rice_core.budget.result import CheckResult, StagedDelta
from rice_core.budget.sarif import render_sarif
from rice_core.config import Budget, RiceConfig

from .helpers import Priced, make_call, make_estimate

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def _result(co2e_kg: float | None, ceiling_g: float | None = None) -> CheckResult:
    config = RiceConfig(
        budget=Budget(period="day", co2e_kg=co2e_kg, per_call_co2e_g=ceiling_g),
        source_path="rice.yaml",
        key_lines={"budget.co2e_kg": 4},
    )
    calls = [
        Priced(make_call("app/a.py", 3, function="answer"), make_estimate(3.0)),
        Priced(make_call("app/b.py", 9), make_estimate(1.0)),
    ]
    return CheckResult(
        root="app",
        config=config,
        projection=project(calls, config),
        files_scanned=5,
        delta=StagedDelta(3.0, 4.0, ("app/a.py",)),
    )


@pytest.mark.parametrize(("budget", "ceiling"), [(10.0, None), (1.0, 2.0), (None, None)])
def test_sarif_validates_against_the_2_1_0_schema(budget, ceiling):
    document = json.loads(render_sarif(_result(budget, ceiling)))
    jsonschema.Draft4Validator(SCHEMA).validate(document)
    assert document["version"] == "2.1.0"


def test_schema_fixture_rejects_a_broken_log():
    broken = json.loads(render_sarif(_result(1.0)))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(broken)


def test_sarif_results_over_budget_and_ceiling():
    results = json.loads(render_sarif(_result(1.0, 2.0)))["runs"][0]["results"]
    rules = [r["ruleId"] for r in results]
    assert rules == ["rice/over-budget", "rice/call-co2e", "rice/over-call-ceiling", "rice/call-co2e"]
    budget = results[0]["locations"][0]["physicalLocation"]
    assert budget == {"artifactLocation": {"uri": "rice.yaml"}, "region": {"startLine": 4}}
    ceiling = results[2]["locations"][0]["physicalLocation"]
    assert ceiling["artifactLocation"]["uri"] == "app/a.py"
    assert ceiling["region"] == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 41}
    assert (
        results[0]["message"]["text"]
        == "Projected 4 kg CO2e/day (central, operational) is over the budget of 1 kg (400%)"
    )


def test_json_has_every_figure():
    data = json.loads(render_json(_result(10.0)))
    assert data["total_kg"] == pytest.approx(4.0)
    assert data["share_of_budget"] == pytest.approx(0.4)
    assert data["exit_code"] == 0 and data["over_budget"] is False
    assert [c["path"] for c in data["calls"]] == ["app/a.py", "app/b.py"]
    assert data["calls"][0]["function"] == "answer" and data["calls"][0]["co2e_kg"] == pytest.approx(3.0)
    assert data["calls"][0]["co2e_range_kg"] == pytest.approx([1.5, 6.0])
    assert data["staged"]["delta_kg"] == pytest.approx(1.0) and data["staged"]["delta_share"] == pytest.approx(1 / 3)


def test_markdown_pull_request_comment():
    text = render_markdown(_result(1.0))
    lines = text.splitlines()
    assert lines[0] == "### ❌ R-ICE carbon budget: over budget"
    assert lines[2] == (
        "**Projected:** 4 kg CO2e/day (range 2 kg – 8 kg); gated on the central operational estimate: 4 kg of 1 kg/day "
        "(400%)."
    )
    assert lines[3] == "**This change:** +1 kg CO2e/day (+33%)."
    assert "| `app/a.py:3` | gpt-4o-mini | 1k/day (default) | 3 g | 3 kg | 75% |" in lines
    assert render_markdown(_result(10.0)).startswith("### ✅ R-ICE carbon budget: within budget")
