import io

from rich.console import Console

from rice_core.budget.projection import project
from rice_core.budget.report import budget_bar, render_report
from rice_core.budget.result import CheckResult, StagedDelta
from rice_core.config import Budget, RiceConfig, Volume, VolumeConfig, VolumeOverride

from .helpers import Priced, make_call, make_estimate

CONFIG = RiceConfig(
    volume=VolumeConfig(Volume(1000, "day"), (VolumeOverride("app/chat/**", Volume(50_000, "day")),)),
    budget=Budget(period="month", co2e_kg=25, per_call_co2e_g=2),
    source_path="rice.yaml",
)
CALLS = [
    Priced(make_call("app/chat/handler.py", 42), make_estimate(0.4, 0.2, 0.8)),
    Priced(
        make_call("app/summarise.py", 7, volume="200/day", model="gpt-4o"), make_estimate(2.5, 1.5, 4.0, model="gpt-4o")
    ),
    Priced(make_call("app/classify.py", 12), make_estimate(0.02, 0.01, 0.05)),
]

EXPECTED_OVER = """\
R-ICE carbon budget — examples/support-bot
Projected: 624 kg CO2e/month (range 314 kg – 1.24 t)
Scanned:   14 file(s); 3 LLM call site(s) in 3 file(s)
Budget:    624 kg of 25 kg/month (central) [██████████████████████████████] 2497%  ✗ OVER BUDGET
Staged:    this commit adds +124 kg CO2e/month (+25%) in 1 changed file(s)

Biggest call sites (3 of 3)
Call site                Model           Volume   per req.   per month   Share
──────────────────────────────────────────────────────────────────────────────
app/chat/handler.py:42   gpt-4o-mini   50k/day¹      0.4 g      608 kg     97%
app/summarise.py:7 ⚠     gpt-4o        200/day²      2.5 g     15.2 kg      2%
app/classify.py:12       gpt-4o-mini     1k/day      20 mg       608 g     <1%
Volume: 1k/day per call site (volume.default) unless marked:
  ¹ override app/chat/**
  ² # rice: volume=200/day

Over the per-call ceiling of 2 g per request:
  app/summarise.py:7  2.5 g per request (gpt-4o)

Assumptions:
  region    aws:us-east-1 (400 gCO2e/kWh)
  PUE       1.2
  hardware  h100-sxm
  volume    1k/day per call site by default; 1 override(s), 1 annotated call(s)
  gate      central estimate vs budget, per month
  config    rice.yaml

✗ Over the operational budget by 599 kg CO2e/month. Use a smaller model or fewer tokens in the
biggest call sites, or change the budget (rice.yaml).
"""


def _text(result: CheckResult) -> str:
    console = Console(file=io.StringIO(), width=100)
    console.print(render_report(result))
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"


def test_report_over_budget_exact_text():
    p = project(CALLS, CONFIG)
    result = CheckResult(
        root="examples/support-bot",
        config=CONFIG,
        projection=p,
        files_scanned=14,
        delta=StagedDelta(500.0, p.compared_total_kg, ("app/chat/handler.py",)),
    )
    assert _text(result) == EXPECTED_OVER


def test_report_within_budget_has_partial_bar_and_no_ceiling_section():
    config = RiceConfig(budget=Budget(period="day", co2e_kg=10), source_path="rice.yaml")
    result = CheckResult(
        root="app",
        config=config,
        projection=project([Priced(make_call("a.py"), make_estimate(4.0))], config),
        files_scanned=1,
    )
    lines = _text(result).splitlines()
    assert lines[3] == "Budget:    4 kg of 10 kg/day (central) [████████████░░░░░░░░░░░░░░░░░░] 40%  ✓ within budget"
    assert not any("ceiling" in line for line in lines)


def test_report_without_budget_or_calls():
    result = CheckResult(root="empty", config=RiceConfig(), projection=project([], RiceConfig()), files_scanned=3)
    text = _text(result)
    assert "Budget:    none set (add budget.co2e_kg to rice.yaml)" in text
    assert "Biggest call sites" not in text
    assert "config    built-in defaults (no rice.yaml found)" in text


def test_staged_delta_that_removes():
    p = project([Priced(make_call("a.py"), make_estimate(1.0))], CONFIG)
    result = CheckResult(
        root="x",
        config=CONFIG,
        projection=p,
        files_scanned=1,
        delta=StagedDelta(p.compared_total_kg * 2, p.compared_total_kg, ("a.py",)),
    )
    assert "Staged:    this commit removes 30.4 kg CO2e/month (-50%) in 1 changed file(s)" in _text(result)


def test_budget_bar_caps_and_colours():
    assert budget_bar(0.5, width=10).plain == "[█████░░░░░]"
    assert budget_bar(3.0, width=10).plain == "[██████████]"
    assert budget_bar(0.0, width=4).plain == "[░░░░]"


def test_problems_are_listed_with_codes_and_capped():
    calls = [Priced(make_call(f"m{i}.py", volume="lots"), make_estimate(0.1)) for i in range(7)]
    result = CheckResult(root="x", config=CONFIG, projection=project(calls, CONFIG), files_scanned=7)
    lines = _text(result).splitlines()
    start = lines.index("Problems (7):")
    assert lines[start + 1].startswith(
        "  [invalid-volume-annotation] m0.py:10: volume='lots' is not a rate like 50k/day"
    )
    assert lines[-1] == "  … and 2 more (use --format json for all)"


def test_advice_names_the_ceiling_line_when_only_a_call_is_too_big():
    config = RiceConfig(
        budget=Budget(per_call_co2e_g=1), source_path="rice.yaml", key_lines={"budget.per_call_co2e_g": 7}
    )
    result = CheckResult(
        root="x", config=config, projection=project([Priced(make_call(), make_estimate(3.0))], config), files_scanned=1
    )
    assert _text(result).splitlines()[-2:] == [
        "✗ 1 call(s) over the per-call ceiling. Use a smaller model or fewer tokens in the biggest call",
        "sites, or change the budget (rice.yaml:7).",
    ]
