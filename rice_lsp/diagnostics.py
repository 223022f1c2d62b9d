"""Diagnostics: a call over the per-call ceiling → Warning; an unknown or unresolved model or prompt → Information;
file-level problems (syntax error, too large) → Information at their line (the first line when they have none);
rice.yaml invalid → Error, over budget or over the water cap → Warning."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.problems import Problem
from rice_lsp import convert, labels
from rice_lsp.analysis import CallFigures, DocumentAnalysis

if TYPE_CHECKING:
    from rice_core.errors import ConfigError

# problems a user should see without hovering (everything else is listed in the hover)
SHOWN_CODES: frozenset[str] = frozenset(
    {
        "unknown-model",
        "unresolved-model",
        "model-from-env",
        "model-from-setting",
        "unresolved-prompt",
        "invalid-volume-annotation",
    }
)
_MODEL_CODES = frozenset({"unknown-model", "unresolved-model", "model-from-env", "model-from-setting"})


def ceiling_problem(figures: CallFigures, ceiling_g: float | None) -> Problem | None:
    if not figures.over_ceiling or figures.estimate is None:
        return None
    message = (
        f"One request of this call emits ≈ {labels.co2e_g(figures.estimate.co2e_g)}, above the per-call "
        f"ceiling of {labels.co2e_g(ceiling_g or 0)} (budget.per_call_co2e_g)"
    )
    return Problem("over-call-ceiling", message, "warning")


def call_diagnostics(
    figures: CallFigures, lines: Sequence[str], codec: PositionCodec, ceiling_g: float | None
) -> list[T.Diagnostic]:
    call = figures.call
    first_line = convert.line_range(lines, codec, call.span.line)
    out = []
    over = ceiling_problem(figures, ceiling_g)
    if over is not None:
        out.append(convert.diagnostic(over, first_line))
    for problem in figures.problems:
        if problem.code not in SHOWN_CODES:
            continue
        rng = first_line
        if problem.code in _MODEL_CODES and call.model_span is not None:
            rng = convert.span_range(lines, codec, call.model_span)
        out.append(convert.diagnostic(problem, rng, "info"))
    return out


def document_diagnostics(analysis: DocumentAnalysis, lines: Sequence[str], codec: PositionCodec) -> list[T.Diagnostic]:
    """Every diagnostic of one analysed document."""
    out = [convert.diagnostic(p, convert.problem_range(lines, codec, p), "info") for p in analysis.problems]
    for figures in analysis.calls:
        out.extend(call_diagnostics(figures, lines, codec, analysis.config.budget.per_call_co2e_g))
    return out


def config_error_diagnostic(error: ConfigError, lines: Sequence[str], codec: PositionCodec) -> T.Diagnostic:
    """An invalid rice.yaml: Error at the offending line (the first line when the error has none)."""
    key = f" ({error.key})" if error.key else ""
    problem = Problem("invalid-config", f"{error.bare_message}{key}", "error")
    return convert.diagnostic(problem, convert.line_range(lines, codec, error.line or 1))


def over_budget_diagnostic(
    total_kg: float, budget_kg: float, period: str, line1: int, lines: Sequence[str], codec: PositionCodec
) -> T.Diagnostic:
    """The repository over budget: Warning on the budget line of rice.yaml."""
    message = (
        f"The code base's LLM calls project {labels.mass_kg(total_kg)} {labels.CO2E}/{period} at the configured "
        f"volume, {labels.percent(total_kg / budget_kg)} of the budget of {labels.mass_kg(budget_kg)}"
    )
    return convert.diagnostic(Problem("over-budget", message, "warning"), convert.line_range(lines, codec, line1))


def over_water_diagnostic(
    water_l: float, cap_l: float, period: str, line1: int, lines: Sequence[str], codec: PositionCodec
) -> T.Diagnostic:
    """The repository over ``budget.water_l`` (issue 13): Warning on that line of rice.yaml, as ``rice check``."""
    from rice_core.budget.lifecycle_view import litres

    message = (
        f"The code base's LLM calls project {litres(water_l)} of water/{period} at the configured volume, "
        f"{labels.percent(water_l / cap_l)} of the water cap of {litres(cap_l)}"
    )
    return convert.diagnostic(Problem("over-water-cap", message, "warning"), convert.line_range(lines, codec, line1))
