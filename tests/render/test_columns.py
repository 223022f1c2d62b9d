"""Terminal tables at 80 and 120 columns (rich's recording console): every line fits, columns give way by priority,
paths shorten from the middle, and no model id is ever cut or wrapped."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from rice_core.budget.projection import project
from rice_core.budget.report import render_report
from rice_core.budget.result import CheckResult, StagedDelta
from rice_core.catalog.models import all_models
from rice_core.cli.catalog_cmd import MODEL_COLUMNS, model_rows, render_table
from rice_core.config import Budget, RiceConfig, Volume, VolumeConfig
from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import price_calls
from rice_core.scan.report import scan_table
from rice_core.textfit import Column, fit, shorten_middle
from tests.budget.helpers import Priced, make_call, make_estimate

LONG_PATH = "services/customer_support/assistant/handlers/escalation_summary.py"
LONG_MODEL = "claude-3-5-haiku-20241022"


def recorded(renderable: object, width: int) -> list[str]:
    console = Console(record=True, width=width, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_shorten_middle_keeps_the_start_and_the_file_name() -> None:
    assert shorten_middle("support_bot/chat/answer.py:22", 29) == "support_bot/chat/answer.py:22"
    assert shorten_middle("support_bot/chat/answer.py:22", 24) == "support_bo…/answer.py:22"
    short = shorten_middle("a/very_long_file_name.py:1", 10)
    assert len(short) == 10 and short.startswith("…") and short.endswith(".py:1")


def test_fit_drops_the_highest_rank_first_and_gives_the_rest_to_shrinkable_columns() -> None:
    columns = [
        Column("path", ["x" * 40], min_width=10),
        Column("model", ["gpt-4o-mini"]),
        Column("a", ["1" * 10], drop_rank=1),
        Column("b", ["2" * 10], drop_rank=2),
    ]
    kept, sizes = fit(columns, 45)
    assert [c.header for c in kept] == ["path", "model", "a"]
    assert sizes["path"] == 45 - (11 + 10) - 2 * 3
    kept, _ = fit(columns, 200)
    assert [c.header for c in kept] == ["path", "model", "a", "b"]


def check_result() -> CheckResult:
    config = RiceConfig(
        volume=VolumeConfig(Volume(1000, "day")), budget=Budget(period="month", co2e_kg=25), source_path="rice.yaml"
    )
    calls = [
        Priced(make_call(LONG_PATH, 123, model=LONG_MODEL), make_estimate(0.4, 0.2, 0.8, model=LONG_MODEL)),
        Priced(make_call("app.py", 7, volume="200/day"), make_estimate(2.5, 1.5, 4.0)),
    ]
    projection = project(calls, config)
    total = projection.compared_total_kg
    delta = StagedDelta(total, total, ("rice.yaml",))
    return CheckResult(root="examples/support-bot", config=config, projection=projection, files_scanned=14, delta=delta)


@pytest.mark.parametrize("width", [80, 120])
def test_check_report_fits_and_never_cuts_a_model_id(width: int) -> None:
    lines = recorded(render_report(check_result()), width)
    assert all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    header = next(line for line in lines if line.startswith("Call site"))
    rows = [line for line in lines if LONG_MODEL in line]
    assert len(rows) == 1 and f" {LONG_MODEL} " in rows[0] + " "
    location = rows[0].split()[0]
    assert "…" in location and location.endswith("summary.py:123")  # shortened in the middle, line number kept
    if width == 120:
        assert header.split() == ["Call", "site", "Model", "Volume", "per", "req.", "per", "month", "Share"]
        assert location.startswith("services/customer_") and location.endswith("/escalation_summary.py:123")
    else:
        assert header.split() == ["Call", "site", "Model", "Volume", "per", "month", "Share"]


def test_budget_bar_shrinks_to_keep_the_budget_line_in_80_columns() -> None:
    lines = recorded(render_report(check_result()), 80)
    budget = next(line for line in lines if line.startswith("Budget:"))
    assert len(budget) <= 80 and budget.endswith("OVER BUDGET") and "[" in budget


def test_a_budget_only_change_says_so_instead_of_plus_zero() -> None:
    lines = recorded(render_report(check_result()), 100)
    staged = next(line for line in lines if line.startswith("Staged:"))
    assert staged == "Staged:    no change to the projected CO2e/month (1 changed file(s))"


def scan_rows() -> tuple[ScanResult, list]:
    calls = [make_call(LONG_PATH, 123, model=LONG_MODEL), make_call("app.py", 7, model="my-private-model")]
    return ScanResult(calls=calls, files_scanned=14, problems=[]), price_calls(calls, RiceConfig())


@pytest.mark.parametrize("width", [80, 120])
def test_scan_table_fits_and_names_unknown_models_as_written(width: int) -> None:
    result, priced = scan_rows()
    lines = recorded(scan_table(result, priced, width), width)
    assert all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    assert lines[0] == "Scanned: 14 file(s); 2 LLM call site(s) in 2 file(s)"
    assert any(f"   {LONG_MODEL}   " in line for line in lines), lines
    assert any("   my-private-model   " in line for line in lines)
    assert any(line.endswith(" priced as gpt-4o-mini") for line in lines), lines
    if width == 80:
        assert all(LONG_PATH not in line for line in lines)
        assert any(line.startswith("…") and "ation_summary.py:123 " in line for line in lines), lines


@pytest.mark.parametrize("width", [80, 120])
def test_models_table_fits_and_shows_every_id_whole(width: int) -> None:
    rows = model_rows()
    lines = recorded(render_table("Models", rows, MODEL_COLUMNS, None, width), width)
    assert all(len(line) <= width for line in lines)
    first_words = {line.split()[0] for line in lines if line.strip()}
    assert {m.id for m in all_models()} <= first_words
    header = next(line for line in lines if line.strip().startswith("model"))
    assert ("tokens" in header) == (width == 120)


@pytest.mark.parametrize("width", [80, 120])
def test_validate_table_iii_keeps_whole_numbers(width: int) -> None:
    from rice_core.cli.validate_cmd import table_iii

    lines = recorded(table_iii(lomo=False, width=width), width)
    assert all(len(line) <= width for line in lines)
    assert "…" not in "\n".join(lines)
    forest = next(line for line in lines if line.startswith("Random Forest"))
    assert forest.split()[2:4] == ["0.986", "0.986"]
    header = next(line for line in lines if line.startswith("algorithm"))
    assert ("MSE paper" in header) == (width == 120)
    assert any(line.strip().startswith("Left out at this width: MSE paper") for line in lines) == (width == 80)


def test_scan_and_check_count_files_alike(tmp_path: Path) -> None:
    from rice_core.budget.check import CheckRequest, run_check
    from rice_core.scan.paths import scan_paths

    app = "from openai import OpenAI\nOpenAI().chat.completions.create(model='gpt-4o', messages=[])\n"
    (tmp_path / "a.py").write_text(app)
    (tmp_path / "b.py").write_text("x = 1\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.py").write_text(app)
    scanned = scan_paths([str(tmp_path)], root=str(tmp_path), config=RiceConfig(), use_cache=False)
    scan_line = recorded(scan_table(scanned, price_calls(scanned.calls, RiceConfig()), 100), 100)[0]
    checked = run_check(CheckRequest((tmp_path,), None, False, tmp_path))
    check_line = next(line for line in recorded(render_report(checked), 100) if line.startswith("Scanned:"))
    assert scan_line == "Scanned: 3 file(s); 2 LLM call site(s) in 2 file(s)"
    assert check_line == "Scanned:   3 file(s); 2 LLM call site(s) in 2 file(s)"
