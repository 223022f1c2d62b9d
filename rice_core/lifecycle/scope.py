"""Which CO2e a budget counts: ``operational`` (electricity, the default) or ``life-cycle`` (plus the hardware's
manufacturing share). Summed from the parts, so an estimate without life-cycle figures counts as operational."""

from __future__ import annotations

from rice_core.ranges import Range
from rice_core.result import Estimate

OPERATIONAL = "operational"
LIFE_CYCLE = "life-cycle"
SCOPES = (OPERATIONAL, LIFE_CYCLE)


def scoped_co2e_g(estimate: Estimate, scope: str) -> tuple[float, Range]:
    """(central, range) grams CO2e of one request in ``scope``."""
    if scope != LIFE_CYCLE:
        return estimate.co2e_g, estimate.co2e_range_g
    embodied = estimate.embodied_co2e_range_g
    return (
        estimate.co2e_g + estimate.embodied_co2e_g,
        Range(estimate.co2e_range_g.low + embodied.low, estimate.co2e_range_g.high + embodied.high),
    )


def scope_words(scope: str) -> str:
    """How reports name the scope: ``operational`` or ``life-cycle (operational + embodied)``."""
    return "life-cycle (operational + embodied)" if scope == LIFE_CYCLE else OPERATIONAL
