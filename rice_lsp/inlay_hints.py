"""Inlay hint at the end of each call's first line: ``≈ 1.2k→300 tok · 0.42 Wh · 0.16 gCO₂e``."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.scan.model_label import model_label
from rice_lsp import convert, labels
from rice_lsp.analysis import CallFigures, DocumentAnalysis


def hint_label(figures: CallFigures) -> str:
    """Short like Import Cost: tokens in → out, facility energy and CO₂e of one request."""
    call, estimate = figures.call, figures.estimate
    if estimate is None:
        return f"≈ {labels.tokens(call.prompt_tokens)} tok"
    hidden = f"+{labels.tokens(estimate.reasoning_tokens)}" if estimate.reasoning_tokens else ""  # reasoning
    tok = f"{labels.tokens(estimate.prompt_tokens)}→{labels.tokens(estimate.output_tokens)}{hidden} tok"
    return f"≈ {tok} · {labels.energy_wh(estimate.energy_wh)} · {labels.co2e_g(estimate.co2e_g)}"


def hint_tooltip(figures: CallFigures) -> str:
    if figures.estimate is None and not figures.call.model:
        return "R-ICE estimate per request for an unknown model (hover the call for the breakdown)"
    model = model_label(figures.call, figures.estimate)
    return f"R-ICE estimate per request for {model} (hover the call for the breakdown)"


def inlay_hints(
    analysis: DocumentAnalysis, lines: Sequence[str], codec: PositionCodec, rng: T.Range
) -> list[T.InlayHint]:
    """One hint per call whose first line falls in the requested range (0-based, inclusive)."""
    hints = []
    for figures in analysis.calls:
        line0 = figures.call.span.line - 1
        if not rng.start.line <= line0 <= rng.end.line:
            continue
        hints.append(
            T.InlayHint(
                position=convert.line_end(lines, codec, figures.call.span.line),
                label=hint_label(figures),
                tooltip=hint_tooltip(figures),
                padding_left=True,
            )
        )
    return hints
