"""Estimate every found call with the core estimator (one vectorised ``estimate_many`` per pass).

Config defaults (region, grid, hardware, PUE, batch size, precision, power model) pass through. Tokens are the
expected ones (issue 16, ``scan/workload.py``): output ``E[min(L, cap)]`` for the call's kind of work plus hidden
reasoning; a second run at the cap gives the range's high end. A model that is
not in the catalog is retried without a provider prefix (``openai:gpt-4o``, ``anthropic/claude-…``,
``models/gemini-…``); if still unknown it gets an ``unknown-model`` problem and the configured default model is
priced instead. Calls without a model (prompt files that name none) get no estimate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.result import Estimate, UnknownModel
from rice_core.scan.callsite import CallSite
from rice_core.scan.local_pricing import local_context
from rice_core.scan.workload import plan_for
from rice_core.workload import TokenPlan
from rice_core.workload.expected import with_cap_range


@dataclass(frozen=True)
class PricedCall:
    call: CallSite
    estimate: Estimate | None
    problems: tuple[Problem, ...] = ()


def _context(config: RiceConfig) -> dict[str, Any]:
    d = config.defaults
    values = {
        "region": d.region,
        "grid_gco2e_per_kwh": d.grid_gco2e_per_kwh,
        "hardware": d.hardware,
        "pue": d.pue,
        "batch_size": d.batch_size,
        "precision": d.precision,
        "power_model": d.power_model,
        "stack": d.stack,
    }
    return {k: v for k, v in values.items() if v is not None}


def _row(model: str, call: CallSite, context: dict[str, Any], output_tokens: int | None = None) -> dict[str, Any]:
    """One request; ``output_tokens``: generated tokens to price (expected output + reasoning), else the cap."""
    return {
        "model": model,
        "prompt_tokens": max(1, call.prompt_tokens),
        "output_tokens": max(1, call.output_tokens if output_tokens is None else output_tokens),
        **local_context(call.extra, context),  # local runtimes: your hardware, batch 1
    }


def _decode(plan: TokenPlan) -> int:
    return plan.output_tokens + plan.reasoning.tokens


def _with_caps(estimate: Estimate, plan: TokenPlan, at_cap: Estimate | UnknownModel | None) -> Estimate:
    """The central estimate at the expected tokens, its range's high end at the cap (issue 16)."""
    return with_cap_range(estimate, plan, at_cap if isinstance(at_cap, Estimate) else None)


def model_variants(name: str) -> list[str]:
    """Provider-prefixed names to retry: ``openai:gpt-4o`` → ``gpt-4o``; ``bedrock/anthropic.claude…`` → tail."""
    out = []
    for sep in (":", "/"):
        if sep in name:
            tail = name.split(sep, 1)[1] if sep == ":" else name.rsplit("/", 1)[1]
            if tail and tail not in out and tail != name:
                out.append(tail)
    return out


def _estimate(rows: list[dict[str, Any]]) -> list[Estimate | UnknownModel]:
    from rice_core import estimate_many

    return list(estimate_many(rows)) if rows else []


def price_calls(calls: Sequence[CallSite], config: RiceConfig) -> list[PricedCall]:
    """One ``PricedCall`` per call, in order."""
    context = _context(config)
    results: dict[int, Estimate | UnknownModel] = {}
    indexes = [i for i, c in enumerate(calls) if c.model]
    plans = {i: plan_for(calls[i], config) for i in indexes}
    priced_as = {i: calls[i].model or "" for i in indexes}
    rows = [_row(priced_as[i], calls[i], context, _decode(plans[i])) for i in indexes]
    for i, found in zip(indexes, _estimate(rows)):
        results[i] = found
    retry = [
        (i, v)
        for i in indexes
        if isinstance(results[i], UnknownModel)
        for v in model_variants(calls[i].model or "")[:1]
    ]
    for (i, v), found in zip(retry, _estimate([_row(v, calls[i], context, _decode(plans[i])) for i, v in retry])):
        if isinstance(found, Estimate):
            results[i], priced_as[i] = found, v
    unknown = [i for i in indexes if isinstance(results[i], UnknownModel)]
    fallback = _estimate([_row(config.defaults.model, calls[i], context, _decode(plans[i])) for i in unknown])
    problems: dict[int, tuple[Problem, ...]] = {}
    for i, found in zip(unknown, fallback):
        missing = results[i]
        assert isinstance(missing, UnknownModel)
        hint = f" (did you mean {', '.join(missing.suggestions[:3])}?)" if missing.suggestions else ""
        problems[i] = (
            Problem(
                "unknown-model",
                f"Model {calls[i].model!r} is not in the catalog{hint}; priced as {config.defaults.model}.",
            ),
        )
        results[i], priced_as[i] = found, config.defaults.model
    at_cap = _estimate([_row(priced_as[i], calls[i], context, plans[i].high_decode_tokens) for i in indexes])
    for i, capped in zip(indexes, at_cap):
        central = results[i]
        if isinstance(central, Estimate):
            results[i] = _with_caps(central, plans[i], capped)
    out = []
    for i, call in enumerate(calls):
        result = results.get(i)
        out.append(PricedCall(call, result if isinstance(result, Estimate) else None, problems.get(i, ())))
    return out
