"""Analyse one document: scan → price → project. Pure (no LSP types), safe (never raises), run in a worker thread.

The core is imported lazily so that the server starts fast; every figure comes from ``rice_core``.
"""

from __future__ import annotations

import gc
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rice_core.config import RiceConfig, Volume
from rice_core.problems import Problem

if TYPE_CHECKING:
    from rice_core.budget.projection import CallProjection
    from rice_core.result import Estimate
    from rice_core.scan.callsite import CallSite

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class CallFigures:
    """One call site with its per-request estimate and its projection at the configured volume."""

    call: CallSite
    estimate: Estimate | None  # None: not priced (a prompt file that names no model)
    problems: tuple[Problem, ...]  # scanner, pricing and estimator problems, one per code
    volume: Volume | None
    volume_source: str  # "annotation" | "override" | "default"
    period: str
    period_co2e_kg: float | None
    period_co2e_high_kg: float | None
    compared_kg: float | None  # what the budget gate adds up (central or high end)
    budget_share: float | None  # of budget.co2e_kg; None without a budget
    over_ceiling: bool  # per-request CO₂e above budget.per_call_co2e_g


@dataclass(frozen=True)
class DocumentAnalysis:
    path: str
    calls: tuple[CallFigures, ...] = ()
    problems: tuple[Problem, ...] = ()  # file-level: syntax error, too large, unreadable
    config: RiceConfig = field(default_factory=RiceConfig)
    error: str | None = None  # why the analysis failed (an R-ICE bug or a broken install)

    def call_at(self, line0: int) -> CallFigures | None:
        """The call whose span covers the 0-based ``line0`` (the innermost, i.e. the one starting last)."""
        hits = [c for c in self.calls if c.call.span.line - 1 <= line0 <= c.call.span.end_line - 1]
        return max(hits, key=lambda c: c.call.span.line) if hits else None


WARM_UP_SOURCE = (
    "import anthropic, openai\n"
    "openai.OpenAI().chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}])\n"
    "anthropic.Anthropic().messages.create(model='claude-3-5-sonnet-20240620', max_tokens=9, messages=[])\n"
)


def warm_up() -> None:
    """Import the core, load the catalogs and tokenizers, and fit what is fitted lazily: the first real analysis
    after start then costs what any later one does. Run once, in the analysis thread, when the server starts."""
    started = time.perf_counter()
    analyse_text(WARM_UP_SOURCE, "rice_warm_up.py", RiceConfig(), 1 << 20)
    # what is loaded now (catalogs, tokenizers, the protocol's classes) lives as long as the server: keep it out of
    # the cyclic garbage collector's full passes, which otherwise add 50–80 ms pauses to analyses
    gc.freeze()
    log.info("warm-up took %.0f ms", (time.perf_counter() - started) * 1000)


def unique_problems(*groups: tuple[Problem, ...] | list[Problem]) -> tuple[Problem, ...]:
    """Problems from several sources, first occurrence of each code kept, order preserved."""
    seen: dict[str, Problem] = {}
    for group in groups:
        for problem in group:
            seen.setdefault(problem.code, problem)
    return tuple(seen.values())


def analyse_text(text: str, path: str, config: RiceConfig, max_bytes: int, root: str | None = None) -> DocumentAnalysis:
    """Scan, price and project the calls in ``text``; never raises (failures are logged, the result is empty).

    ``path`` is relative to ``root`` (the workspace folder, where prompt files read by the code are looked up).
    """
    if len(text.encode("utf-8", errors="replace")) > max_bytes:
        message = f"The document is larger than {max_bytes:,} bytes (rice.maxFileBytes); it was not analysed."
        return DocumentAnalysis(path, problems=(Problem("file-too-large", message, "info"),), config=config)
    try:
        calls, file_problems = _scan(text, path, config, root)
        figures = _project(_price(calls, config), config)
    except Exception as exc:  # analysis must never take the server down
        log.exception("analysis of %s failed", path)
        return DocumentAnalysis(path, config=config, error=f"{exc.__class__.__name__}: {exc}")
    return DocumentAnalysis(path, figures, tuple(file_problems), config)


def _scan(text: str, path: str, config: RiceConfig, root: str | None) -> tuple[list[CallSite], list[Problem]]:
    from rice_core.scan import scan_source_with_problems

    calls, problems = scan_source_with_problems(text, path, config=config, root=root)
    return [c for c in calls if not c.ignored], list(problems)


def _price(calls: list[CallSite], config: RiceConfig) -> list[tuple[CallSite, Estimate | None, tuple[Problem, ...]]]:
    if not calls:
        return []
    from rice_core.scan.pricing import price_calls

    out = []
    for priced in price_calls(calls, config):
        estimate = priced.estimate if hasattr(priced.estimate, "co2e_g") else None
        est_warnings = estimate.warnings if estimate is not None else ()
        out.append((priced.call, estimate, unique_problems(priced.call.warnings, priced.problems, est_warnings)))
    return out


def _project(
    priced: list[tuple[CallSite, Estimate | None, tuple[Problem, ...]]], config: RiceConfig
) -> tuple[CallFigures, ...]:
    from rice_core.budget.projection import project

    projection = project([_Priced(call, estimate) for call, estimate, _ in priced], config)
    by_call = {id(p.call): p for p in projection.calls}
    return tuple(
        _figures(call, estimate, problems, by_call.get(id(call)), projection.budget_kg, config.budget.period)
        for call, estimate, problems in priced
    )


@dataclass
class _Priced:
    call: CallSite
    estimate: Estimate | None


def _figures(
    call: CallSite,
    estimate: Estimate | None,
    problems: tuple[Problem, ...],
    projected: CallProjection | None,
    budget_kg: float | None,
    period: str,
) -> CallFigures:
    if estimate is None or projected is None:
        return CallFigures(
            call=call,
            estimate=estimate,
            problems=problems,
            volume=None,
            volume_source="",
            period=period,
            period_co2e_kg=None,
            period_co2e_high_kg=None,
            compared_kg=None,
            budget_share=None,
            over_ceiling=False,
        )
    choice = projected.volume
    if choice.problem is not None:
        problems = unique_problems(problems, (choice.problem,))
    share = projected.compared_kg / budget_kg if budget_kg else None
    return CallFigures(
        call=call,
        estimate=estimate,
        problems=problems,
        volume=choice.volume,
        volume_source=choice.source,
        period=period,
        period_co2e_kg=projected.co2e_kg,
        period_co2e_high_kg=projected.co2e_range_kg.high,
        compared_kg=projected.compared_kg,
        budget_share=share,
        over_ceiling=projected.over_ceiling,
    )
