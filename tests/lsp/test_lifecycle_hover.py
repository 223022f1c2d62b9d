"""Issue 13 in the hover: one life-cycle line (operational + embodied = total, water on-site + off-site)."""

from __future__ import annotations

import dataclasses

from rice_core.ranges import Range
from rice_lsp.hover import hover_markdown, lifecycle_line, lifecycle_rows

from .test_render import ESTIMATE, figures

LIFECYCLE = dataclasses.replace(
    ESTIMATE,
    embodied_co2e_g=0.05,
    embodied_co2e_range_g=Range(0.01, 0.3),
    lifecycle_co2e_g=0.21,
    water_ml=2.9,
    water_onsite_ml=0.21,
    water_offsite_ml=2.69,
)


def test_lifecycle_line_exact_text() -> None:
    assert lifecycle_line(LIFECYCLE) == (
        "0.16 gCO₂e operational + 0.05 gCO₂e embodied = **0.21 gCO₂e** · water 2.9 mL (on-site 0.21 mL + off-site 2.7 mL)"
    )
    assert lifecycle_line(dataclasses.replace(LIFECYCLE, water_ml=1500.0)).split(" · ")[1].startswith("water 1.5 L ")


def test_hover_has_the_row_only_for_estimates_with_lifecycle_figures() -> None:
    row = f"| Life cycle | {lifecycle_line(LIFECYCLE)} |"
    assert row in hover_markdown(dataclasses.replace(figures(), estimate=LIFECYCLE)).splitlines()
    assert lifecycle_rows(ESTIMATE) == [] and lifecycle_rows(None) == []
    assert "Life cycle" not in hover_markdown(figures())
