"""Rich rendering of an ``Estimate``: figures, assumptions and warnings (data stays in ``rice_core.result``)."""

from __future__ import annotations

from typing import Any

from rice_core.result import Estimate
from rice_core.workload.describe import cap_of, output_source, reasoning_text, token_figures


def fmt(value: float) -> str:
    """Three significant figures, plain notation for everyday magnitudes."""
    if value == 0:
        return "0"
    return f"{value:.3g}" if 1e-3 <= abs(value) < 1e6 else f"{value:.2e}"


def figure_rows(e: Estimate) -> list[tuple[str, str, str]]:
    """(quantity, value, range) rows."""
    en, co = e.energy_range_wh, e.co2e_range_g
    grid = f"{e.grid_gco2e_per_kwh:g} gCO2e/kWh"
    return [
        ("model", str(e.model or f"{e.params_b:g} B params"), ""),
        ("params (total / active)", f"{e.params_b:g} B / {e.active_params_b:g} B", ""),
        ("hardware", f"{e.devices} x {e.hardware}", ""),
        ("batch size / precision", f"{e.batch_size:g} / {e.precision}", ""),
        tokens_row(e),
        *reasoning_rows(e),
        ("latency", f"{fmt(e.latency_s)} s", f"prefill {fmt(e.prefill_s)} s + decode {fmt(e.decode_s)} s"),
        ("GPU energy", f"{fmt(e.gpu_energy_wh)} Wh", "accelerators only, this request's share"),
        ("energy", f"{fmt(e.energy_wh)} Wh", f"{fmt(en.low)} - {fmt(en.high)} Wh (PUE {e.pue:g})"),
        ("CO2e", f"{fmt(e.co2e_g)} g", f"{fmt(co.low)} - {fmt(co.high)} g ({e.region}, {grid})"),
        ("power model", e.power_model, ""),
        *lifecycle_rows(e),
        per_token_row(e),
    ]


def tokens_row(e: Estimate) -> tuple[str, str, str]:
    """Prompt → expected output and the cap, in the hover's words, and where the output figure came from."""
    return ("tokens", token_figures(e.prompt_tokens, e.output_tokens, cap_of(e, e.output_tokens)), output_line(e))


def output_line(e: Estimate) -> str:
    return f"output: {output_source(e)}"


def reasoning_rows(e: Estimate) -> list[tuple[str, str, str]]:
    """The hidden reasoning tokens of a reasoning model, in the hover's words (none for other models)."""
    text = reasoning_text(e)
    return [("reasoning", text, "counted in the energy on top of the output")] if text else []


def per_token_row(e: Estimate) -> tuple[str, str, str]:
    """Decode speed and energy per output token (facility and accelerators only), with the serving stack."""
    return (
        "per output token",
        f"{fmt(e.energy_per_output_token_j)} J",
        f"GPU {fmt(e.gpu_energy_per_output_token_j)} J; {fmt(e.output_tokens_per_s)} tokens/s on {e.stack or '-'}",
    )


def lifecycle_rows(e: Estimate) -> list[tuple[str, str, str]]:
    """Issue 13: embodied and life-cycle CO2e, water (on-site + off-site) and primary energy, with their ranges."""
    if not (e.embodied_co2e_g or e.water_ml):
        return []
    emb, total, water = e.embodied_co2e_range_g, e.lifecycle_co2e_range_g, e.water_range_ml
    split = f"on-site {fmt(e.water_onsite_ml)} + off-site {fmt(e.water_offsite_ml)} mL"
    return [
        ("embodied CO2e", f"{fmt(e.embodied_co2e_g)} g", f"{fmt(emb.low)} - {fmt(emb.high)} g (manufacturing)"),
        ("life-cycle CO2e", f"{fmt(e.lifecycle_co2e_g)} g", f"{fmt(total.low)} - {fmt(total.high)} g"),
        ("water", f"{fmt(e.water_ml)} mL", f"{split}; {fmt(water.low)} - {fmt(water.high)} mL"),
        ("primary energy", f"{fmt(e.primary_energy_mj * 1000)} kJ", "the grid's primary energy per kWh"),
    ]


def render_estimate(e: Estimate) -> Any:
    """A rich renderable: the figures table, then assumptions and warnings."""
    from rich.console import Group
    from rich.table import Table

    figures = Table(title="R-ICE estimate (per request)", show_header=True)
    for col in ("quantity", "value", "range / detail"):
        figures.add_column(col)
    for row in figure_rows(e):
        figures.add_row(*row)
    notes = Table(title="assumptions", show_header=True)
    for col in ("input", "value", "source", "detail"):
        notes.add_column(col)
    for a in e.assumptions:
        notes.add_row(a.name, str(a.value), a.source, a.detail)
    parts: list[Any] = [figures, notes]
    if e.warnings:
        warns = Table(title="warnings", show_header=True)
        for col in ("code", "severity", "message"):
            warns.add_column(col)
        for w in e.warnings:
            warns.add_row(w.code, w.severity, w.message)
        parts.append(warns)
    return Group(*parts)
