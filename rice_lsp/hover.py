"""Hover on a call: a Markdown breakdown of the estimate, its projection and every assumption in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_lsp import convert, labels
from rice_lsp.analysis import CallFigures, DocumentAnalysis

from rice_core.scan.local_pricing import local_line
from rice_core.scan.model_label import priced_as, priced_as_note
from rice_core.workload.describe import cap_of, output_source, reasoning_text, token_figures

if TYPE_CHECKING:
    from rice_core.result import Estimate
    from rice_core.scan.callsite import CallSite


ASSUMPTION_NAMES = {
    "params_b": "Parameters (billions)",
    "active_params_b": "Active parameters (billions)",
    "hardware": "Hardware",
    "devices": "Devices",
    "batch_size": "Batch size",
    "precision": "Precision",
    "pue": "PUE",
    "grid_gco2e_per_kwh": "Grid intensity (gCO₂e/kWh)",
    "region": "Region",
    "power_model": "Power model",
    "output_tokens": "Expected output tokens",
    "output_cap_tokens": "Output cap (tokens)",
    "reasoning_tokens": "Expected reasoning tokens",
    "stack": "Serving stack",
}
SOURCE_WORDS = {
    "argument": "given in the call",
    "catalog": "from the model catalog",
    "provider": "from the provider's profile",
    "default": "R-ICE default",
    "config": "from rice.yaml",
    "fit": "fitted",
    "model-name": "read from the model name (size or quantisation tag)",
    "deployment": "matched to the measured deployment speed",
    "workload": "expected from measured workloads (docs/tokens.md)",
    "stack": "the serving stack's default (llama.cpp: Ollama's Q4_K_M; local runtimes: batch 1)",
}


def _params(estimate: Estimate) -> str:
    text = f"{labels.sig(estimate.params_b, 3)}B params"
    if estimate.active_params_b < estimate.params_b:
        text += f" ({labels.sig(estimate.active_params_b, 3)}B active, mixture of experts)"
    source = next((a for a in estimate.assumptions if a.name in ("params_b", "params")), None)
    if source is not None:
        text += f", {SOURCE_WORDS.get(source.source, source.source)}"
    return text


def assumption_text(name: str, value: object, source: str, detail: str) -> str:
    """One assumption in plain words: ``Hardware: h100-sxm, from the provider's profile (openai)``."""
    shown = labels.sig(value, 3) if isinstance(value, float) else value
    text = f"{ASSUMPTION_NAMES.get(name, name.replace('_', ' ').capitalize())}: {shown}, {SOURCE_WORDS.get(source, source)}"
    return text + (f" ({detail})" if detail else "")


def _estimate_rows(call_model_source: str, estimate: Estimate) -> list[tuple[str, str]]:
    low, high = estimate.co2e_range_g.as_tuple()
    return [
        ("Model", f"`{estimate.model}` ({call_model_source}) → {_params(estimate)}"),
        (
            "Hardware",
            f"{estimate.devices} × {estimate.hardware} · batch {labels.sig(estimate.batch_size, 3)} · {estimate.precision}",
        ),
        (
            "Time",
            f"prefill {labels.seconds(estimate.prefill_s)} · decode {labels.seconds(estimate.decode_s)} · latency {labels.seconds(estimate.latency_s)}",
        ),
        (
            "Energy",
            f"GPU {labels.energy_wh(estimate.gpu_energy_wh)} · facility {labels.energy_wh(estimate.energy_wh)} (PUE {labels.sig(estimate.pue, 3)})",
        ),
        *([per_token_row(estimate)] if estimate.stack else []),  # estimates made before issue 10 have no stack
        ("Grid", f"{labels.sig(estimate.grid_gco2e_per_kwh, 3)} g{labels.CO2E}/kWh · region {estimate.region}"),
        (
            f"{labels.CO2E} per call",
            f"**{labels.co2e_g(estimate.co2e_g)}** (range {labels.co2e_g(low)} – {labels.co2e_g(high)})",
        ),
        ("Power model", estimate.power_model),
    ]


def model_row(call: CallSite, estimate: Estimate, row: tuple[str, str]) -> tuple[str, str]:
    """The Model row names the model written in the code; an unknown one says what it was priced as instead."""
    substitute = priced_as(call, estimate)
    if substitute is None:
        return row
    params = row[1].split(" → ", 1)[1]
    return row[0], f"`{call.model}` ({call.model_source}), {priced_as_note(f'`{substitute}`')} → {params}"


def per_token_row(estimate: Estimate) -> tuple[str, str]:
    """Energy per output token (facility, then accelerators only) and decode speed on the serving stack: the unit
    measurements and provider disclosures use."""
    return (
        "Per token",
        f"{labels.sig(estimate.energy_per_output_token_j, 3)} J/output token · GPU "
        f"{labels.sig(estimate.gpu_energy_per_output_token_j, 3)} J · {labels.sig(estimate.output_tokens_per_s, 3)} "
        f"tokens/s ({estimate.stack or 'no stack'})",
    )


def tokens_row(call: CallSite, estimate: Estimate) -> tuple[str, str]:
    """Expected tokens with the ceiling, and where each came from (issue 16)."""
    guessed = f", {len(call.placeholders)} placeholder(s) guessed" if call.placeholders else ""
    figures = token_figures(estimate.prompt_tokens, estimate.output_tokens, cap_of(estimate, call.output_tokens))
    return ("Tokens", f"{figures} · prompt: {call.prompt_source}{guessed} · output: {output_source(estimate)}")


def reasoning_row(estimate: Estimate) -> list[tuple[str, str]]:
    """The hidden reasoning tokens of a reasoning model, on their own row (none for other models)."""
    text = reasoning_text(estimate)
    return [("Reasoning", text)] if text else []


def placeholder_items(call: CallSite) -> list[str]:
    """One assumption line per guessed placeholder: ``Placeholder {context}: ≈ 1,000 tokens, 4 retrieved …``."""
    return [f"Placeholder {{{name or '…'}}}: ≈ {tokens:,} tokens, {how}" for name, tokens, how in call.placeholders]


def runtime_rows(call: CallSite, estimate: Estimate | None) -> list[tuple[str, str]]:
    """Local inference ("Runs on your hardware: …") and the requests one call sends, with why (issue 11)."""
    rows = []
    if estimate is not None:
        line = local_line(call.extra, estimate.hardware, estimate.batch_size, estimate.precision)
        if line:
            rows.append(("Local", line))
    if call.requests_per_call > 1:
        rows.append(("Requests", f"{call.requests_per_call} per call ({call.requests_source})"))
    return rows


def _water(value_ml: float) -> str:
    return f"{labels.sig(value_ml)} mL" if value_ml < 1_000 else f"{labels.sig(value_ml / 1_000)} L"


def lifecycle_line(estimate: Estimate) -> str:
    """Issue 13: ``0.16 gCO₂e operational + 0.05 gCO₂e embodied = 0.21 gCO₂e · water 2.9 mL (on-site … + off-site …)``."""
    total = estimate.co2e_g + estimate.embodied_co2e_g
    return (
        f"{labels.co2e_g(estimate.co2e_g)} operational + {labels.co2e_g(estimate.embodied_co2e_g)} embodied = "
        f"**{labels.co2e_g(total)}** · water {_water(estimate.water_ml)} (on-site {_water(estimate.water_onsite_ml)} "
        f"+ off-site {_water(estimate.water_offsite_ml)})"
    )


def lifecycle_rows(estimate: Estimate | None) -> list[tuple[str, str]]:
    """The life-cycle row, for estimates that carry life-cycle figures."""
    if estimate is None or not (estimate.embodied_co2e_g or estimate.water_ml):
        return []
    return [("Life cycle", lifecycle_line(estimate))]


def _volume_row(figures: CallFigures) -> tuple[str, str] | None:
    if figures.volume is None or figures.period_co2e_kg is None:
        return None
    text = (
        f"{labels.count(figures.volume.requests)}/{figures.volume.per} ({figures.volume_source}) → "
        f"**{labels.mass_kg(figures.period_co2e_kg)} {labels.CO2E}/{figures.period}**"
    )
    if figures.budget_share is not None:
        text += f" · {labels.percent(figures.budget_share)} of the budget"
    return ("Volume", text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _bullets(title: str, items: list[str]) -> list[str]:
    return [f"**{title}**", ""] + [f"- {item}" for item in items] + [""] if items else []


def hover_markdown(figures: CallFigures) -> str:
    """The whole breakdown of one call as Markdown."""
    call, estimate = figures.call, figures.estimate
    head = f"**R-ICE** · `{call.sdk}` `{call.api}`"
    tokens = (
        f"{call.prompt_tokens:,} prompt ({call.prompt_source}) → {call.output_tokens:,} output "
        f"({call.output_tokens_source})"
    )
    if estimate is not None:
        rows = _estimate_rows(call.model_source, estimate)
        rows[0] = model_row(call, estimate, rows[0])
        rows[1:1] = [tokens_row(call, estimate), *reasoning_row(estimate)]
    else:
        rows = [
            ("Model", f"`{call.model}` ({call.model_source}), no estimate" if call.model else "none named"),
            ("Tokens", tokens),
        ]
    rows += runtime_rows(call, estimate)
    rows += lifecycle_rows(estimate)
    volume_row = _volume_row(figures)
    if volume_row:
        rows.append(volume_row)
    table = ["| | |", "|---|---|"] + [f"| {name} | {_cell(value)} |" for name, value in rows]
    assumptions = [
        assumption_text(a.name, a.value, a.source, a.detail) for a in (estimate.assumptions if estimate else ())
    ]
    assumptions += placeholder_items(call)
    warnings = [f"{p.message} (`{p.code}`)" for p in figures.problems]
    return (
        "\n".join(
            [head, "", *table, "", *_bullets("Assumptions", assumptions), *_bullets("Warnings", warnings)]
        ).rstrip()
        + "\n"
    )


def hover(analysis: DocumentAnalysis, lines: Sequence[str], codec: PositionCodec, line0: int) -> T.Hover | None:
    figures = analysis.call_at(line0)
    if figures is None:
        return None
    return T.Hover(
        contents=convert.markdown(hover_markdown(figures)), range=convert.span_range(lines, codec, figures.call.span)
    )
