"""Number formatting and the assumptions summary shared by the table, Markdown and SARIF outputs."""

from __future__ import annotations

from collections import Counter

from rice_core.budget.result import CheckResult
from rice_core.config.volume import format_volume


def kg(value: float) -> str:
    """Mass of CO2e in readable units: ``12.3 kg``, ``450 g``, ``3.2 t``."""
    if value >= 1000:
        return f"{value / 1000:.3g} t"
    if value >= 1:
        return f"{value:.3g} kg"
    if value >= 0.001:
        return f"{value * 1000:.3g} g"
    return f"{value * 1e6:.3g} mg"


def grams(value: float) -> str:
    """Per-request CO2e: ``0.42 g``, ``12 mg``."""
    return f"{value:.3g} g" if value >= 0.1 else f"{value * 1000:.3g} mg"


def signed_kg(value: float) -> str:
    return ("+" if value >= 0 else "-") + kg(abs(value))


def percent(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value == float("inf"):
        return "∞%"
    if 0 < value < 0.005:
        return "<1%"
    return f"{value * 100:.0f}%"


def signed_percent(value: float | None) -> str:
    if value is None:
        return "new"
    if 0 < abs(value) < 0.005:
        return ("+" if value > 0 else "-") + "<1%"
    return ("+" if value >= 0 else "") + f"{value * 100:.0f}%"


def _most_common(values: list[str]) -> str:
    if not values:
        return "n/a"
    counts = Counter(values).most_common()
    head = counts[0][0]
    if len(counts) == 1:
        return head
    others = ", ".join(value for value, _ in counts[1:4]) + (", …" if len(counts) > 4 else "")
    return f"{head} for most calls; also {others}"


def assumptions(result: CheckResult) -> list[tuple[str, str]]:
    """The assumptions that matter for the total: region and grid, PUE, hardware, volume, comparison."""
    estimates = [c.estimate for c in result.projection.calls]
    config = result.config
    regions = [f"{e.region} ({e.grid_gco2e_per_kwh:.0f} gCO2e/kWh)" for e in estimates]
    overrides = len(config.volume.overrides)
    annotated = sum(1 for c in result.projection.calls if c.volume.source == "annotation")
    volume = f"{format_volume(config.volume.default)} per call site by default"
    if overrides or annotated:
        volume += f"; {overrides} override(s), {annotated} annotated call(s)"
    return [
        ("region", _most_common(regions)),
        ("PUE", _most_common([f"{e.pue:g}" for e in estimates])),
        ("hardware", _most_common([e.hardware for e in estimates])),
        ("volume", volume),
        ("gate", f"{result.projection.compare} estimate vs budget, per {result.projection.period}"),
        ("config", config.source_path or "built-in defaults (no rice.yaml found)"),
    ]
