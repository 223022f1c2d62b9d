"""Code lens above each call: ``4.9 kg CO₂e/month at 1,000/day · 20% of budget``."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_lsp import convert, labels
from rice_lsp.analysis import CallFigures, DocumentAnalysis


def lens_title(figures: CallFigures) -> str | None:
    """Projected total at the configured volume and its share of the budget; None when the call is not priced."""
    if figures.period_co2e_kg is None or figures.volume is None:
        return None
    volume = f"{labels.count(figures.volume.requests)}/{figures.volume.per}"
    title = f"{labels.mass_kg(figures.period_co2e_kg)} {labels.CO2E}/{figures.period} at {volume}"
    if figures.budget_share is not None:
        title += f" · {labels.percent(figures.budget_share)} of budget"
    return title


def code_lenses(analysis: DocumentAnalysis, lines: Sequence[str], codec: PositionCodec) -> list[T.CodeLens]:
    lenses = []
    for figures in analysis.calls:
        title = lens_title(figures)
        if title is None:
            continue
        rng = convert.line_range(lines, codec, figures.call.span.line)
        lenses.append(T.CodeLens(range=rng, command=T.Command(title=title, command="")))
    return lenses
