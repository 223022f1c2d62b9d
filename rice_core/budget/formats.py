"""Machine and pull-request outputs of ``rice check``: JSON (every figure) and Markdown (a PR comment)."""

from __future__ import annotations

import math
from typing import Any

from rice_core.budget.figures import (
    assumptions,
    grams,
    kg,
    percent,
    signed_kg,
    signed_percent,
)
from rice_core.budget.lifecycle_view import call_json, has_lifecycle, markdown_cells, total_json
from rice_core.budget.lifecycle_view import markdown_lines as lifecycle_markdown_lines
from rice_core.budget.projection import CallProjection, Projection
from rice_core.budget.result import CheckResult, describe_volume
from rice_core.budget.tokens_report import token_fields
from rice_core.safeio import dumps_finite
from rice_core.scan.model_label import model_label


def _call_dict(call: CallProjection, p: Projection) -> dict[str, Any]:
    c = call.call
    return {
        "path": c.path,
        "line": c.line,
        "column": c.span.column,
        "function": c.function,
        "sdk": c.sdk,
        "api": c.api,
        "model": call.estimate.model,  # the model priced
        "model_in_code": c.model,  # as written; differs from "model" when that one is unknown (priced as the default)
        "volume": describe_volume(call),
        "volume_source": call.volume.source,
        "requests_per_period": call.requests_per_period,
        "co2e_per_request_g": call.estimate.co2e_g,
        "co2e_per_request_range_g": list(call.estimate.co2e_range_g.as_tuple()),
        "co2e_kg": call.co2e_kg,
        "co2e_range_kg": list(call.co2e_range_kg.as_tuple()),
        "compared_kg": call.compared_kg,
        "share": p.share_of_total(call),
        "over_ceiling": call.over_ceiling,
        "tokens": token_fields(call),  # issue 16: expected tokens, cap, reasoning, sources
        **call_json(call),
    }


def to_dict(result: CheckResult) -> dict[str, Any]:
    """Every figure of the check, JSON-ready."""
    p = result.projection
    delta = result.delta
    return {
        "root": result.root,
        "config": result.config.source_path,
        "period": p.period,
        "compare": p.compare,
        "total_kg": p.total_kg,
        "total_range_kg": list(p.total_range_kg.as_tuple()),
        "compared_total_kg": p.compared_total_kg,
        "budget_kg": p.budget_kg,
        "share_of_budget": finite_or_none(p.share_of_budget),  # null: a budget of 0 with something to count
        "per_call_ceiling_g": p.per_call_ceiling_g,
        "over_budget": p.over_budget,
        **total_json(p),
        "failed": result.failed,
        "exit_code": result.exit_code,
        "blocking": [{"code": x.code, "message": x.message} for x in result.blocking],  # unscanned files: gate fails
        "notes": list(result.notes),  # e.g. the commit removes or raises the budget
        "files_scanned": result.files_scanned,
        "calls": [_call_dict(c, p) for c in p.calls],
        "files": [
            {
                "path": f.path,
                "calls": f.calls,
                "co2e_kg": f.co2e_kg,
                "co2e_range_kg": list(f.co2e_range_kg.as_tuple()),
                "compared_kg": f.compared_kg,
            }
            for f in p.files
        ],
        "staged": None
        if delta is None
        else {
            "head_kg": delta.head_kg,
            "staged_kg": delta.staged_kg,
            "delta_kg": delta.delta_kg,
            "delta_share": delta.delta_share,
            "changed_files": list(delta.changed_files),
        },
        "assumptions": dict(assumptions(result)),
        "problems": [{"code": x.code, "message": x.message, "severity": x.severity} for x in result.all_problems],
        "ignored_calls": p.ignored,
    }


def render_json(result: CheckResult) -> str:
    return dumps_finite(to_dict(result), indent=2, ensure_ascii=False) + "\n"


def finite_or_none(value: float | None) -> float | None:
    """JSON has no infinity: a ratio that is infinite (a budget of 0) is written as null."""
    return value if value is None or math.isfinite(value) else None


def _markdown_volume(call: CallProjection) -> str:
    """``20k/day (`app/chat/**`)``: the rule in code so that ``**`` is not read as bold."""
    volume, _, origin = describe_volume(call).partition(" (")
    return f"{volume} (`{origin[:-1]}`)" if call.volume.source == "override" else f"{volume} ({origin[:-1]})"


def render_markdown(result: CheckResult, limit: int = 10) -> str:
    """A pull-request comment: verdict, total vs budget, staged delta, top call sites, assumptions."""
    p = result.projection
    icon = "❌" if result.failed else "✅"
    verdict = "over budget" if p.over_budget else "a call is over the per-call ceiling" if p.over_ceiling else ""
    verdict = verdict or ("over the water cap" if p.over_water else "within budget")
    budget = f"{kg(p.budget_kg)}/{p.period}" if p.budget_kg is not None else "none set"
    lines = [
        f"### {icon} R-ICE carbon budget: {verdict}",
        "",
        (
            f"**Projected:** {kg(p.total_kg)} CO2e/{p.period} (range {kg(p.total_range_kg.low)} – "
            f"{kg(p.total_range_kg.high)}); gated on the {p.compare} {p.scope} estimate: {kg(p.compared_total_kg)} "
            f"of {budget} ({percent(p.share_of_budget)})."
        ),
    ]
    if result.delta is not None:
        d = result.delta
        lines.append(f"**This change:** {signed_kg(d.delta_kg)} CO2e/{p.period} ({signed_percent(d.delta_share)}).")
    lines += gate_markdown_lines(result)
    lines += lifecycle_markdown_lines(p)
    split = has_lifecycle(p)  # issue 13: embodied CO2e and water per request, per call site
    extra = (" embodied/req. | water/req. |", "--:|--:|") if split else ("", "")
    lines += ["", f"| Call site | Model | Volume | per request | per {p.period} | Share |{extra[0]}"]
    lines.append("|---|---|---|--:|--:|--:|" + extra[1])
    for call in p.calls[:limit]:
        flag = " ⚠️" if call.over_ceiling else ""
        lines.append(
            f"| `{call.location}`{flag} | {model_label(call.call, call.estimate)} | {_markdown_volume(call)} | "
            f"{grams(call.co2e_per_request_g)} | {kg(call.compared_kg)} | {percent(p.share_of_total(call))} |"
            + (f" {markdown_cells(call)} |" if split else "")
        )
    lines += ["", "<details><summary>Assumptions</summary>", ""]
    lines += [f"- **{name}:** {value}" for name, value in assumptions(result)]
    lines += ["", "</details>", ""]
    return "\n".join(lines)


def gate_markdown_lines(result: CheckResult) -> list[str]:
    """Budget removed or loosened by this change, and files that could not be scanned (the gate fails)."""
    lines = [f"**⚠️ Warning:** {note}." for note in result.notes]
    lines += [f"**❌ Not scanned:** {p.message}." for p in result.blocking]
    return ([""] + lines) if lines else []
