"""Code actions on a call: switch to a lower-carbon comparable model, set its request volume, ignore it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.config import RiceConfig
from rice_lsp import convert, labels
from rice_lsp.analysis import CallFigures

log = logging.getLogger(__name__)
MAX_SWITCHES = 3


COMMENT_PREFIX = {
    "python": "#",
    "javascript": "//",
    "typescript": "//",
    "javascriptreact": "//",
    "typescriptreact": "//",
}


def comment_prefix(language: str) -> str | None:
    """The line-comment marker for annotations; None for languages without one (prompt files)."""
    return COMMENT_PREFIX.get(language)


def annotation_edit(figures: CallFigures, lines: Sequence[str], codec: PositionCodec, text: str) -> T.TextEdit:
    """Insert ``# rice: <text>`` on its own line above the call, with the call line's indentation."""
    line0 = figures.call.span.line - 1
    current = lines[line0] if 0 <= line0 < len(lines) else ""
    indent = current[: len(current) - len(current.lstrip())]
    start = T.Position(line0, 0)
    marker = comment_prefix(figures.call.language) or "#"
    return convert.text_edit(T.Range(start, start), f"{indent}{marker} rice: {text}\n")


def cheaper_models(figures: CallFigures, config: RiceConfig) -> list[tuple[str, float]]:
    """Comparable models of the same provider that emit less per request, with their saving (0.3 = −30%)."""
    estimate = figures.estimate
    if estimate is None or not estimate.co2e_g:
        return []
    from rice_core.catalog.models import comparable_models, lookup_model
    from rice_core.scan.pricing import price_calls

    spec = lookup_model(estimate.model or "")
    if spec is None:
        return []
    candidates = [m for m in comparable_models(spec) if m.id != spec.id and m.provider == spec.provider]
    alternatives = [dataclasses.replace(figures.call, model=m.id, model_source="literal") for m in candidates]
    savings = []
    for model, priced in zip(candidates, price_calls(alternatives, config)):
        alt = priced.estimate
        if alt is not None and alt.co2e_g < estimate.co2e_g:
            savings.append((model.id, 1 - alt.co2e_g / estimate.co2e_g))
    return sorted(savings, key=lambda item: -item[1])[:MAX_SWITCHES]


def _model_literal(old_text: str, model: str) -> str:
    """Keep the quotes of the literal being replaced (the span may or may not include them)."""
    if old_text[:1] in "\"'`" and old_text[-1:] == old_text[:1]:
        return f"{old_text[0]}{model}{old_text[0]}"
    return model


def switch_actions(
    figures: CallFigures, config: RiceConfig, lines: Sequence[str], codec: PositionCodec, uri: str, version: int | None
) -> list[T.CodeAction]:
    span = figures.call.model_span
    if span is None or span.line != span.end_line or not 0 < span.line <= len(lines):
        return []
    old_text = lines[span.line - 1][span.column : span.end_column]
    try:
        options = cheaper_models(figures, config)
    except Exception:  # a catalog or pricing failure must not break the other actions
        log.exception("comparable models for %s failed", figures.call.model)
        return []
    rng = convert.span_range(lines, codec, span)
    return [
        T.CodeAction(
            title=f"Switch to {model} (−{labels.percent(saving)} {labels.CO2E})",
            kind=T.CodeActionKind.RefactorRewrite,
            edit=convert.workspace_edit(uri, version, [convert.text_edit(rng, _model_literal(old_text, model))]),
        )
        for model, saving in options
    ]


def annotation_actions(
    figures: CallFigures, lines: Sequence[str], codec: PositionCodec, uri: str, version: int | None
) -> list[T.CodeAction]:
    if comment_prefix(figures.call.language) is None:
        return []
    volume = figures.volume
    volume_text = f"{volume.requests:.0f}/{volume.per}" if volume is not None else "1000/day"
    actions = []
    for title, text in (("Set request volume for this call", f"volume={volume_text}"), ("Ignore this call", "ignore")):
        edit = convert.workspace_edit(uri, version, [annotation_edit(figures, lines, codec, text)])
        actions.append(T.CodeAction(title=title, kind=T.CodeActionKind.QuickFix, edit=edit))
    return actions


def code_actions(
    calls: Sequence[CallFigures],
    config: RiceConfig,
    lines: Sequence[str],
    codec: PositionCodec,
    uri: str,
    version: int | None,
) -> list[T.CodeAction]:
    """Actions for the calls that touch the requested range."""
    out: list[T.CodeAction] = []
    for figures in calls:
        out += switch_actions(figures, config, lines, codec, uri, version)
        out += annotation_actions(figures, lines, codec, uri, version)
    return out
