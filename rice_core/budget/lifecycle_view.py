"""The life-cycle part of every ``rice check`` output (issue 13): operational + embodied CO2e, water on-site and
off-site, per call site and in total, and the water cap. The report, Markdown, JSON and SARIF call these."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from rice_core.budget.figures import grams, kg, percent
from rice_core.budget.projection import CallProjection, Projection


def litres(value: float) -> str:
    """Water in readable units: ``12 mL``, ``3.4 L``, ``1.2 m³``."""
    if value >= 1000:
        return f"{value / 1000:.3g} m³"
    if value >= 1:
        return f"{value:.3g} L"
    return f"{value * 1000:.3g} mL"


def water_split_l(p: Projection) -> tuple[float, float]:
    """(on-site, off-site) litres per period, central."""
    onsite = sum(c.estimate.water_onsite_ml * c.requests_per_period / 1000.0 for c in p.calls)
    offsite = sum(c.estimate.water_offsite_ml * c.requests_per_period / 1000.0 for c in p.calls)
    return onsite, offsite


def has_lifecycle(p: Projection) -> bool:
    """Whether any call carries life-cycle figures (hand-built estimates and old caches do not)."""
    return any(c.estimate.embodied_co2e_g > 0 or c.estimate.water_ml > 0 for c in p.calls)


def lifecycle_text(p: Projection) -> str:
    """``608 kg operational + 12.3 kg embodied = 620 kg CO2e/month``."""
    operational = sum(c.operational_kg for c in p.calls)
    embodied = sum(c.embodied_kg for c in p.calls)
    return f"{kg(operational)} operational + {kg(embodied)} embodied = {kg(operational + embodied)} CO2e/{p.period}"


def water_text(p: Projection) -> str:
    """``1.2 m³/month (on-site 100 L + off-site 1.1 m³)``."""
    onsite, offsite = water_split_l(p)
    return f"{litres(p.water_l)}/{p.period} (on-site {litres(onsite)} + off-site {litres(offsite)})"


def report_lines(p: Projection, width: int = 100) -> list[Text]:
    """Terminal report: the life-cycle split and the water, then the water cap when one is set."""
    lines = []
    if has_lifecycle(p):
        lines += [Text(f"Life cycle: {lifecycle_text(p)}"), Text(f"Water:     {water_text(p)}")]
    if p.water_budget_l is not None:
        lines.append(water_cap_line(p, width))
    return lines


def water_cap_line(p: Projection, width: int = 100) -> Text:
    """The water against its cap; the bar shrinks (down to 10 cells) as the budget line's does, to fit ``width``."""
    from rice_core.budget.report import BAR_WIDTH, budget_bar

    cap = p.water_budget_l or 0.0
    share = p.compared_water_l / cap if cap else (float("inf") if p.compared_water_l else 0.0)
    verdict = ("✗ OVER THE WATER CAP", "bold red") if p.over_water else ("✓ within the water cap", "bold green")
    head = f"Water cap: {litres(p.compared_water_l)} of {litres(cap)}/{p.period} ({p.compare}) "
    tail = f" {percent(share)}  "
    bar = max(10, min(BAR_WIDTH, width - len(head) - len(tail) - len(verdict[0]) - 2))
    return Text.assemble(head, budget_bar(share, bar), tail, verdict)


def water_advice(p: Projection) -> str:
    """The failure headline when the water cap is what failed."""
    return f"Over the water cap by {litres(p.compared_water_l - (p.water_budget_l or 0.0))}/{p.period}"


def call_json(call: CallProjection) -> dict[str, Any]:
    """Per call site: the per-request life-cycle figures and the per-period split."""
    e = call.estimate
    return {
        "embodied_co2e_per_request_g": e.embodied_co2e_g,
        "lifecycle_co2e_per_request_g": e.co2e_g + e.embodied_co2e_g,
        "water_per_request_ml": e.water_ml,
        "water_onsite_per_request_ml": e.water_onsite_ml,
        "water_offsite_per_request_ml": e.water_offsite_ml,
        "operational_kg": call.operational_kg,
        "embodied_kg": call.embodied_kg,
        "water_l": call.water_l,
        "water_range_l": list(call.water_range_l.as_tuple()),
    }


def total_json(p: Projection) -> dict[str, Any]:
    """Whole code base: scope, operational/embodied split, water and its cap."""
    onsite, offsite = water_split_l(p)
    return {
        "scope": p.scope,
        "operational_kg": sum(c.operational_kg for c in p.calls),
        "embodied_kg": sum(c.embodied_kg for c in p.calls),
        "water_l": p.water_l,
        "water_onsite_l": onsite,
        "water_offsite_l": offsite,
        "compared_water_l": p.compared_water_l,
        "water_budget_l": p.water_budget_l,
        "over_water": p.over_water,
    }


def markdown_lines(p: Projection) -> list[str]:
    """Pull-request comment: the life-cycle split and the water (with the cap when set)."""
    lines = [f"**Life cycle:** {lifecycle_text(p)}; **water:** {water_text(p)}."] if has_lifecycle(p) else []
    if p.water_budget_l is not None:
        verdict = "over the cap" if p.over_water else "within the cap"
        lines.append(
            f"**Water cap:** {litres(p.compared_water_l)} of {litres(p.water_budget_l)}/{p.period} ({verdict})."
        )
    return lines


def markdown_cells(call: CallProjection) -> str:
    """The ``embodied | water`` cells of a call's row (per request)."""
    return f"{grams(call.estimate.embodied_co2e_g)} | {litres(call.estimate.water_ml / 1000.0)}"
