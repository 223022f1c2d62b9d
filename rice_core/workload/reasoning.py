"""Hidden reasoning tokens of reasoning models (``rice_core/data/catalog/reasoning.json``, keyed by catalog id).

    effort style:  tokens = anchor mean × effort scale (none 0, minimal 0.1, low 0.5, medium 1, high 2)
    budget style:  tokens = E[min(R, budget)], R lognormal around the anchor mean (budget: the call's, else the
                   model's maximum; a model that does not think by default thinks only when a budget is given)
    switch/always: tokens = anchor mean (switch: unless the call turns thinking off)

The visible output and the reasoning share the call's output cap, so reasoning is capped by it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, entries, read_catalog
from rice_core.catalog.models import lookup_model
from rice_core.errors import CatalogError
from rice_core.workload.lengths import default_sigma
from rice_core.workload.lognormal import expected_capped, quantile

FILENAME = "reasoning.json"
STYLES = ("effort", "budget", "switch", "always")
OFF_WORDS = frozenset({"none", "off", "disabled", "false", "0"})


@dataclass(frozen=True)
class ReasoningModel:
    id: str
    style: str
    anchor_tokens: float
    default_on: bool
    default_effort: str  # effort style only
    max_budget_tokens: int | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Reasoning:
    """Expected hidden reasoning tokens of one call, their high end, and how they were reckoned."""

    tokens: int
    high_tokens: int
    how: str  # "effort high (2 × 2,180 measured on GPQA)"
    sources: tuple[str, ...] = ()


NO_REASONING = Reasoning(0, 0, "")


def reasoning_model(model: str | None) -> ReasoningModel | None:
    """The reasoning entry of ``model`` in any catalog spelling, or None for a model that does not reason."""
    spec = lookup_model(model) if model else None
    return _table()[0].get(spec.id) if spec is not None else None


def expected_reasoning(
    model: str | None, effort: str = "", budget: int | None = None, cap: int | None = None
) -> Reasoning:
    """Expected reasoning tokens of a call to ``model`` at ``effort`` / thinking ``budget``, within output ``cap``."""
    entry = reasoning_model(model)
    budget = None if budget is not None and budget < 0 else budget  # Gemini thinking_budget=-1: dynamic
    if entry is None or effort.lower() in OFF_WORDS or budget == 0:
        return NO_REASONING
    if entry.style == "effort":
        return _by_effort(entry, effort.lower() or entry.default_effort, cap)
    if entry.style == "budget":
        if budget is None and not entry.default_on:
            return NO_REASONING
        return _by_budget(entry, budget, cap)
    limit = cap if cap is not None else None
    tokens = entry.anchor_tokens if limit is None else expected_capped(entry.anchor_tokens, default_sigma(), limit)
    high = limit if limit is not None else quantile(entry.anchor_tokens, default_sigma(), 0.95)
    return Reasoning(
        round(tokens), round(high), f"always on ({_n(entry.anchor_tokens)} measured on GPQA)", entry.sources
    )


def _by_effort(entry: ReasoningModel, effort: str, cap: int | None) -> Reasoning:
    scales, scale_sources = _table()[1], _table()[2]
    scale = scales.get(effort)
    if scale is None:
        effort, scale = entry.default_effort, scales.get(entry.default_effort, 1.0)
    if scale == 0.0:
        return NO_REASONING
    mean = entry.anchor_tokens * scale
    tokens = mean if cap is None else expected_capped(mean, default_sigma(), cap)
    high = cap if cap is not None else quantile(mean, default_sigma(), 0.95)
    how = f"effort {effort} ({scale:g} × {_n(entry.anchor_tokens)} measured on GPQA)"
    return Reasoning(round(tokens), round(high), how, entry.sources + scale_sources)


def _by_budget(entry: ReasoningModel, budget: int | None, cap: int | None) -> Reasoning:
    limit = budget if budget is not None else entry.max_budget_tokens
    if cap is not None:
        limit = min(limit, cap) if limit is not None else cap
    tokens = expected_capped(entry.anchor_tokens, default_sigma(), limit)
    high = limit if limit is not None else quantile(entry.anchor_tokens, default_sigma(), 0.95)
    what = f"budget {_n(budget)}" if budget is not None else "thinking on by default"
    return Reasoning(
        round(tokens),
        round(high),
        f"{what} (E[min(R, {_n(limit or 0)})], R around {_n(entry.anchor_tokens)} measured on GPQA)",
        entry.sources,
    )


def _n(value: float | None) -> str:
    return f"{round(value or 0):,}"


@cache
def _table() -> tuple[dict[str, ReasoningModel], dict[str, float], tuple[str, ...]]:
    return parse_reasoning(read_catalog(FILENAME))


def parse_reasoning(data: dict[str, Any]) -> tuple[dict[str, ReasoningModel], dict[str, float], tuple[str, ...]]:
    """(models by id, effort scale, its sources); raises ``CatalogError`` naming the entry and field."""
    anchors = {r.id: (r.number("mean_tokens"), r.sources()) for r in entries(FILENAME, data, "anchors")}
    scale = data.get("effort_scale", {})
    values = scale.get("values") if isinstance(scale, dict) else None
    if not isinstance(values, dict) or not scale.get("sources") or "medium" not in values:
        raise CatalogError(f"catalog {FILENAME}: effort_scale needs values (with medium) and sources")
    models = {m.id: m for m in (_model(r, anchors) for r in entries(FILENAME, data, "models"))}
    unknown = [m for m in models if lookup_model(m) is None]
    if unknown:
        raise CatalogError(f"catalog {FILENAME}: ids not in models.json: {', '.join(unknown)}")
    return models, {str(k): float(v) for k, v in values.items()}, tuple(scale["sources"])


def _model(reader: EntryReader, anchors: dict[str, tuple[float, tuple[str, ...]]]) -> ReasoningModel:
    anchor = reader.choice("anchor", anchors)
    budget = reader.raw.get("max_budget_tokens")
    if budget is not None and (not isinstance(budget, int) or budget <= 0):
        reader.fail("max_budget_tokens", f"must be a positive integer, got {budget!r}")
    return ReasoningModel(
        id=reader.id,
        style=reader.choice("style", STYLES),
        anchor_tokens=anchors[anchor][0],
        default_on=reader.choice("default", ("on", "off")) == "on",
        default_effort=reader.text("default_effort", default="medium"),
        max_budget_tokens=budget,
        sources=reader.sources() + anchors[anchor][1],
    )
