"""Kinds of work and their response-length distributions (``rice_core/data/workload/output_lengths.json``).

A kind's length is lognormal: its mean is the geometric mean of its sourced figures' means, its spread the
median/mean ratio of the figures that give both (else the file's default ratio). Loaded on first use, validated.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from rice_core.errors import CatalogError
from rice_core.workload.lognormal import expected_capped, sigma_from_ratio

FILENAME = "output_lengths.json"


@dataclass(frozen=True)
class OutputKind:
    id: str
    label: str  # "chat replies"
    mean_tokens: float
    sigma: float
    sources: tuple[str, ...]
    measured: bool  # at least one figure is a measurement (not an R-ICE assumption)
    cites: tuple[str, ...] = ()  # short names of the sources, for one-line displays

    def expected(self, cap_tokens: int | None) -> float:
        """``E[min(L, cap)]`` output tokens."""
        return expected_capped(self.mean_tokens, self.sigma, cap_tokens)


@dataclass(frozen=True)
class _Table:
    kinds: dict[str, OutputKind]
    default: str
    default_sigma: float


def output_kind(kind_id: str) -> OutputKind | None:
    """The kind named ``kind_id`` ("chat", "code", "classification", …), or None."""
    return _table().kinds.get(kind_id)


def default_kind() -> OutputKind:
    table = _table()
    return table.kinds[table.default]


def kind_ids() -> tuple[str, ...]:
    return tuple(_table().kinds)


def default_sigma() -> float:
    """The spread used where a figure gives no median (the chat trace's)."""
    return _table().default_sigma


@cache
def _table() -> _Table:
    try:
        data = json.loads(files("rice_core.data.workload").joinpath(FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"workload {FILENAME}: cannot be read: {exc}") from exc
    return parse_lengths(data)


def parse_lengths(data: Any) -> _Table:
    """Validate the raw JSON; raises ``CatalogError`` naming the kind and the field."""
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), list):
        raise CatalogError(f"workload {FILENAME}: expected an object with a 'kinds' list")
    ratio = data.get("default_median_ratio", {})
    if not isinstance(ratio, dict) or not ratio.get("sources"):
        raise CatalogError(f"workload {FILENAME}: default_median_ratio needs a value and sources")
    sigma = _sigma(ratio.get("value"), "default_median_ratio")
    kinds = {kind.id: kind for kind in (_kind(raw, sigma) for raw in data["kinds"])}
    default = data.get("default_kind")
    if default not in kinds:
        raise CatalogError(f"workload {FILENAME}: default_kind {default!r} is not a kind")
    return _Table(kinds, default, sigma)


def _sigma(value: Any, where: str) -> float:
    try:
        return sigma_from_ratio(float(value))
    except (TypeError, ValueError) as exc:
        raise CatalogError(f"workload {FILENAME}: {where}: {exc}") from exc


def _kind(raw: Any, default_sigma: float) -> OutputKind:
    kind_id = raw.get("id") if isinstance(raw, dict) else None
    figures = raw.get("figures") if isinstance(raw, dict) else None
    if not isinstance(kind_id, str) or not isinstance(figures, list) or not figures:
        raise CatalogError(f"workload {FILENAME}: kind {kind_id!r}: needs an id and a non-empty 'figures' list")
    means, ratios, sources, cites = [], [], [], []
    for figure in figures:
        mean, median, source = figure.get("mean_tokens"), figure.get("median_tokens"), figure.get("source")
        if not isinstance(mean, (int, float)) or mean <= 0 or not isinstance(source, str) or not source:
            raise CatalogError(f"workload {FILENAME}: kind {kind_id!r}: each figure needs mean_tokens > 0 and a source")
        means.append(float(mean))
        sources.append(source)
        if figure.get("cite") and figure["cite"] not in cites:
            cites.append(str(figure["cite"]))
        if median is not None:
            ratios.append(_sigma(median / mean, f"kind {kind_id!r}"))
    mean_tokens = math.exp(sum(math.log(m) for m in means) / len(means))
    sigma = sum(ratios) / len(ratios) if ratios else default_sigma
    measured = any(f.get("measured") is True for f in figures)
    label = str(raw.get("label", kind_id))
    return OutputKind(
        id=kind_id,
        label=label,
        mean_tokens=mean_tokens,
        sigma=sigma,
        sources=tuple(sources),
        measured=measured,
        cites=tuple(cites),
    )
