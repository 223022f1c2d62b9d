"""Project per-request CO2e to the configured request volume and compare it with the budget.

Per call: ``co2e_kg = co2e_per_request_g × requests_per_period / 1000``, with the ``(low, high)`` range carried
through; totals per repository and per file; share of the total and of the budget; over-budget and over-ceiling
flags. The gate compares the central figure or the high end (``budget.compare``) of the CO2e in ``budget.scope``
(operational, or life-cycle: plus embodied) and, with ``budget.water_l``, the water. Pure and fast: the language
server calls ``project`` on every change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from rice_core.budget.overrides import VolumeChoice, choose_volume
from rice_core.config import RiceConfig
from rice_core.lifecycle.scope import scoped_co2e_g
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Estimate
from rice_core.scan.callsite import CallSite


class PricedLike(Protocol):
    call: CallSite
    estimate: Estimate | None


# scanner warnings that change a call's figure enough to list in the report (the rest show in the editor)
REPORTED_CALL_WARNINGS = frozenset({"unresolved-model", "unresolved-prompt"})


@dataclass(frozen=True, kw_only=True)
class CallProjection:
    """One call site at its request volume, for one budget period."""

    call: CallSite
    estimate: Estimate
    volume: VolumeChoice
    requests_per_period: float
    co2e_per_request_g: float  # central (or high end, when budget.compare is "high")
    co2e_kg: float  # central, per period
    co2e_range_kg: Range  # (low, high), per period
    compared_kg: float  # the figure the gate adds up: central or high
    over_ceiling: bool = False  # per-request CO2e above budget.per_call_co2e_g
    # the split of the central figure (issue 13): operational + embodied = co2e_kg in the life-cycle scope
    operational_kg: float = 0.0
    embodied_kg: float = 0.0
    water_l: float = 0.0  # central, per period (on-site + off-site)
    water_range_l: Range = Range(0.0, 0.0)

    @property
    def location(self) -> str:
        return f"{self.call.path}:{self.call.line}"


@dataclass(frozen=True)
class FileTotal:
    path: str
    calls: int
    co2e_kg: float
    co2e_range_kg: Range
    compared_kg: float


@dataclass(frozen=True, kw_only=True)
class Projection:
    """Everything the report, the exit code and the language server need."""

    period: str
    compare: str  # "central" | "high"
    calls: tuple[CallProjection, ...]  # biggest compared_kg first
    files: tuple[FileTotal, ...]  # biggest compared_kg first
    total_kg: float  # central
    total_range_kg: Range
    compared_total_kg: float  # what is gated
    budget_kg: float | None
    per_call_ceiling_g: float | None
    unpriced: tuple[CallSite, ...] = ()
    problems: tuple[Problem, ...] = ()
    ignored: int = 0  # calls marked "# rice: ignore"
    extra: dict[str, Any] = field(default_factory=dict)
    scope: str = "operational"  # budget.scope: "operational" | "life-cycle" (adds embodied CO2e)
    water_budget_l: float | None = None  # budget.water_l

    @property
    def water_l(self) -> float:
        return sum(c.water_l for c in self.calls)

    @property
    def compared_water_l(self) -> float:
        """The water the cap is checked against: central, or the high end with ``budget.compare: high``."""
        return sum(c.water_range_l.high if self.compare == "high" else c.water_l for c in self.calls)

    @property
    def over_water(self) -> bool:
        return self.water_budget_l is not None and self.compared_water_l > self.water_budget_l

    @property
    def share_of_budget(self) -> float | None:
        """compared total / budget (1.0 = exactly at budget); None without a budget."""
        if self.budget_kg is None:
            return None
        return (
            float("inf")
            if self.budget_kg == 0 and self.compared_total_kg > 0
            else (self.compared_total_kg / self.budget_kg if self.budget_kg else 0.0)
        )

    @property
    def over_budget(self) -> bool:
        return self.budget_kg is not None and self.compared_total_kg > self.budget_kg

    @property
    def over_ceiling(self) -> tuple[CallProjection, ...]:
        return tuple(c for c in self.calls if c.over_ceiling)

    @property
    def failed(self) -> bool:
        """The gate fails when the total is over budget or the water cap, or a call is over the per-call ceiling."""
        return self.over_budget or bool(self.over_ceiling) or self.over_water

    def share_of_total(self, item: CallProjection | FileTotal) -> float:
        return item.compared_kg / self.compared_total_kg if self.compared_total_kg else 0.0


def project_call(call: CallSite, estimate: Estimate, config: RiceConfig) -> CallProjection:
    """One call's per-period CO2e at the volume chosen for it."""
    choice = choose_volume(call, config.volume)
    requests = choice.volume.per_period(config.budget.period) * call.requests_per_call  # chain steps, n=, turns
    central_g, rng = scoped_co2e_g(estimate, config.budget.scope)
    per_request_g = rng.high if config.budget.compare == "high" else central_g
    ceiling = config.budget.per_call_co2e_g
    return CallProjection(
        call=call,
        estimate=estimate,
        volume=choice,
        requests_per_period=requests,
        co2e_per_request_g=per_request_g,
        co2e_kg=central_g * requests / 1000.0,
        co2e_range_kg=Range(rng.low * requests / 1000.0, rng.high * requests / 1000.0),
        compared_kg=per_request_g * requests / 1000.0,
        over_ceiling=ceiling is not None and per_request_g > ceiling,
        operational_kg=estimate.co2e_g * requests / 1000.0,
        embodied_kg=estimate.embodied_co2e_g * requests / 1000.0,
        water_l=estimate.water_ml * requests / 1000.0,
        water_range_l=estimate.water_range_ml.scale(requests / 1000.0),
    )


def project(priced_calls: Iterable[PricedLike], config: RiceConfig) -> Projection:
    """Project every priced call (ignored ones skipped, unpriced ones listed) and total them against the budget."""
    calls, unpriced, problems, ignored = [], [], [], 0
    for priced in priced_calls:
        if priced.call.ignored:
            ignored += 1
            continue
        problems += call_problems(priced)
        if not isinstance(priced.estimate, Estimate):
            unpriced.append(priced.call)
            problems.append(Problem("unpriced-call", f"{priced.call.path}:{priced.call.line}: no estimate"))
            continue
        projected = project_call(priced.call, priced.estimate, config)
        calls.append(projected)
        if projected.volume.problem is not None:
            problems.append(projected.volume.problem)
    calls.sort(key=lambda c: (-c.compared_kg, c.call.path, c.call.line))
    return Projection(
        period=config.budget.period,
        compare=config.budget.compare,
        calls=tuple(calls),
        files=file_totals(calls),
        total_kg=sum(c.co2e_kg for c in calls),
        total_range_kg=Range(sum(c.co2e_range_kg.low for c in calls), sum(c.co2e_range_kg.high for c in calls)),
        compared_total_kg=sum(c.compared_kg for c in calls),
        budget_kg=config.budget.co2e_kg,
        per_call_ceiling_g=config.budget.per_call_co2e_g,
        unpriced=tuple(unpriced),
        problems=tuple(problems),
        ignored=ignored,
        scope=config.budget.scope,
        water_budget_l=config.budget.water_l,
    )


def call_problems(priced: PricedLike) -> list[Problem]:
    """The pricing problems of a call (e.g. an unknown model priced as the default) and its weighty scanner
    warnings, each prefixed with ``path:line``."""
    where = f"{priced.call.path}:{priced.call.line}"
    found = [w for w in priced.call.warnings if w.code in REPORTED_CALL_WARNINGS]
    found += list(getattr(priced, "problems", ()))
    return [Problem(p.code, f"{where}: {p.message}", p.severity) for p in found]


def file_totals(calls: Iterable[CallProjection]) -> tuple[FileTotal, ...]:
    """Per-file sums, biggest first."""
    by_path: dict[str, list[CallProjection]] = {}
    for call in calls:
        by_path.setdefault(call.call.path, []).append(call)
    totals = [
        FileTotal(
            path,
            len(items),
            sum(c.co2e_kg for c in items),
            Range(sum(c.co2e_range_kg.low for c in items), sum(c.co2e_range_kg.high for c in items)),
            sum(c.compared_kg for c in items),
        )
        for path, items in by_path.items()
    ]
    return tuple(sorted(totals, key=lambda f: (-f.compared_kg, f.path)))
