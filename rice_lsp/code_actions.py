"""Code actions on a call: switch to a lower-carbon model on the same route, set its request volume, ignore it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.catalog.switches import Switch
from rice_core.catalog.tiers import TIERS
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


def cheaper_models(figures: CallFigures, config: RiceConfig) -> list[tuple[Switch, float]]:
    """Models this call could switch to on its own route that emit less per request, with their saving (0.3 =
    −30%), best first: a lighter sibling of the same vendor, a same-tier model of the same vendor, a same-tier
    model of another vendor (only on routes serving several vendors), then the rest by saving."""
    estimate, written = figures.estimate, figures.call.model
    if estimate is None or not estimate.co2e_g or not written:
        return []
    from rice_core.catalog.switches import switch_targets
    from rice_core.scan.pricing import price_calls

    targets = switch_targets(written)
    alternatives = [dataclasses.replace(figures.call, model=s.text, model_source="literal") for s in targets]
    priced = [
        (switch, 1 - alt.estimate.co2e_g / estimate.co2e_g)
        for switch, alt in zip(targets, price_calls(alternatives, config))
        if alt.estimate is not None and alt.estimate.model == switch.text and alt.estimate.co2e_g < estimate.co2e_g
    ]
    return _pick(priced)


def _bucket(switch: Switch) -> int:
    if not switch.same_vendor:
        return 2
    return 0 if switch.tier != switch.from_tier else 1


def _pick(priced: list[tuple[Switch, float]]) -> list[tuple[Switch, float]]:
    """The best of each bucket first (same family, then the nearest tier, then the saving decide), then the rest."""
    ranked = sorted(
        priced,
        key=lambda item: (
            not item[0].same_family,
            TIERS.index(item[0].tier) - TIERS.index(item[0].from_tier),
            -item[1],
        ),
    )
    firsts = [
        next(item for item in ranked if _bucket(item[0]) == b)
        for b in range(3)
        if any(_bucket(i[0]) == b for i in ranked)
    ]
    rest = sorted((item for item in ranked if item not in firsts), key=lambda item: -item[1])
    return (firsts + rest)[:MAX_SWITCHES]


def switch_title(switch: Switch, saving: float) -> str:
    """The switch and its trade-off: ``Switch to gpt-4o-mini (−95% CO₂e; light tier, was top: check answer quality)``."""
    if switch.tier == switch.from_tier:
        trade = f"same {switch.tier} tier" + ("" if switch.same_vendor else ", other vendor: check answer quality")
    else:
        trade = f"{switch.tier} tier, was {switch.from_tier}: check answer quality"
    return f"Switch to {switch.text} (−{labels.percent(saving)} {labels.CO2E}; {trade})"


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
    if old_text.strip("\"'`") != figures.call.model:  # only a literal written right here is rewritten
        return []
    try:
        options = cheaper_models(figures, config)
    except Exception:  # a catalog or pricing failure must not break the other actions
        log.exception("comparable models for %s failed", figures.call.model)
        return []
    rng = convert.span_range(lines, codec, span)
    return [
        T.CodeAction(
            title=switch_title(switch, saving),
            kind=T.CodeActionKind.RefactorRewrite,
            edit=convert.workspace_edit(uri, version, [convert.text_edit(rng, _model_literal(old_text, switch.text))]),
        )
        for switch, saving in options
    ]


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """``context.only`` filter: a kind is wanted when it equals or refines one of ``only`` (``refactor`` ⊃
    ``refactor.rewrite``); no filter wants everything."""
    return only is None or any(kind == o or kind.startswith(f"{o}.") for o in only)


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
    only: Sequence[str] | None = None,
) -> list[T.CodeAction]:
    """Actions for the calls that touch the requested range, of the kinds the client asked for (``context.only``)."""
    out: list[T.CodeAction] = []
    for figures in calls:
        if wanted(T.CodeActionKind.RefactorRewrite, only):
            out += switch_actions(figures, config, lines, codec, uri, version)
        if wanted(T.CodeActionKind.QuickFix, only):
            out += annotation_actions(figures, lines, codec, uri, version)
    return out
