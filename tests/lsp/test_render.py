"""Exact text of hints, lenses, hovers and diagnostics for a hand-made estimate (no scanner involved)."""

from __future__ import annotations

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.config import RiceConfig, Volume
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption
from rice_core.scan.callsite import CallSite, Span
from rice_lsp import code_actions, diagnostics
from rice_lsp.analysis import CallFigures, DocumentAnalysis
from rice_lsp.code_lens import lens_title
from rice_lsp.hover import hover_markdown
from rice_lsp.inlay_hints import hint_label, inlay_hints
from tests.factories import make_estimate

LINES = ["import openai\n", "r = c.chat.completions.create(model='gpt-4o', messages=m)\n"]
CALL = CallSite(
    path="app.py",
    span=Span(2, 4, 2, 55),
    sdk="openai",
    api="chat.completions.create",
    model="gpt-4o",
    model_source="literal",
    prompt_tokens=1234,
    prompt_source="literal",
    output_tokens=300,
    output_tokens_source="argument",
    model_span=Span(2, 36, 2, 44),
)
ESTIMATE = make_estimate(
    model="gpt-4o",
    params_b=440.0,
    active_params_b=88.0,
    hardware="h100-sxm",
    devices=16,
    batch_size=64.0,
    precision="bf16",
    prompt_tokens=1234,
    output_tokens=300,
    prefill_s=0.08,
    decode_s=3.4,
    latency_s=3.48,
    gpu_energy_wh=0.35,
    energy_wh=0.42,
    co2e_g=0.16,
    energy_range_wh=Range(0.3, 0.6),
    co2e_range_g=Range(0.11, 0.23),
    pue=1.2,
    grid_gco2e_per_kwh=380.0,
    region="US",
    power_model="calibrated",
    assumptions=(Assumption("hardware", "h100-sxm", "provider", "openai"),),
    warnings=(Problem("default-region", "no region given: grid US assumed", "info"),),
)


def figures(share: float | None = 0.2, over: bool = False, problems: tuple[Problem, ...] = ()) -> CallFigures:
    return CallFigures(
        call=CALL,
        estimate=ESTIMATE,
        problems=problems or ESTIMATE.warnings,
        volume=Volume(1000, "day"),
        volume_source="default",
        period="month",
        period_co2e_kg=4.93,
        period_co2e_high_kg=7.0,
        compared_kg=4.93,
        budget_share=share,
        over_ceiling=over,
    )


CODEC = PositionCodec()


def test_hint_and_lens_text() -> None:
    assert hint_label(figures()) == "≈ 1.2k→300 tok · 0.42 Wh · 0.16 gCO₂e"
    assert lens_title(figures()) == "4.9 kg CO₂e/month at 1,000/day · 20% of budget"
    assert lens_title(figures(share=None)) == "4.9 kg CO₂e/month at 1,000/day"


def test_hint_position_is_the_end_of_the_first_line() -> None:
    analysis = DocumentAnalysis("app.py", (figures(),))
    hints = inlay_hints(analysis, LINES, CODEC, T.Range(T.Position(0, 0), T.Position(5, 0)))
    assert [(h.position.line, h.position.character) for h in hints] == [(1, len(LINES[1]) - 1)]
    assert inlay_hints(analysis, LINES, CODEC, T.Range(T.Position(0, 0), T.Position(0, 10))) == []


def test_hover_text() -> None:
    text = hover_markdown(figures())
    assert text.splitlines()[:12] == [
        "**R-ICE** · `openai` `chat.completions.create`",
        "",
        "| | |",
        "|---|---|",
        "| Model | `gpt-4o` (literal) → 440B params (88B active, mixture of experts) |",
        "| Tokens | ≈ 1,234 → 300 tokens (cap 300) · prompt: literal · output: as priced |",  # issue 16 wording
        "| Hardware | 16 × h100-sxm · batch 64 · bf16 |",
        "| Time | prefill 80 ms · decode 3.4 s · latency 3.5 s |",
        "| Energy | GPU 0.35 Wh · facility 0.42 Wh (PUE 1.2) |",
        "| Grid | 380 gCO₂e/kWh · region US |",
        "| CO₂e per call | **0.16 gCO₂e** (range 0.11 gCO₂e – 0.23 gCO₂e) |",
        "| Power model | calibrated |",
    ]
    assert "| Volume | 1,000/day (default) → **4.9 kg CO₂e/month** · 20% of the budget |" in text
    assert "- Hardware: h100-sxm, from the provider's profile (openai)" in text
    assert "- no region given: grid US assumed (`default-region`)" in text


def test_diagnostics_for_ceiling_and_unknown_model() -> None:
    unknown = Problem("unknown-model", "gpt-4o is not in the catalog", "warning")
    config = RiceConfig()
    analysis = DocumentAnalysis("app.py", (figures(over=True, problems=(unknown,)),), config=config)
    items = diagnostics.document_diagnostics(analysis, LINES, CODEC)
    assert [(d.code, d.severity) for d in items] == [
        ("over-call-ceiling", T.DiagnosticSeverity.Warning),
        ("unknown-model", T.DiagnosticSeverity.Information),
    ]
    assert items[1].range == T.Range(T.Position(1, 36), T.Position(1, 44))  # on the model literal
    assert items[0].range == T.Range(T.Position(1, 0), T.Position(1, len(LINES[1]) - 1))


def test_annotation_edits_keep_indentation() -> None:
    lines = ["def f():\n", "    r = c.chat.completions.create(model='gpt-4o')\n"]
    edit = code_actions.annotation_edit(figures(), lines, CODEC, "ignore")
    assert edit.range == T.Range(T.Position(1, 0), T.Position(1, 0))
    assert edit.new_text == "    # rice: ignore\n"
