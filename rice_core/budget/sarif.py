"""SARIF 2.1.0 output for GitHub code scanning: one result per call site (its projected CO2e), errors for calls
over the per-call ceiling and for a total over budget (located on the budget line of the configuration).
File URIs are relative to the current directory (run it from the repository top for code scanning)."""

from __future__ import annotations

import os
import posixpath
from typing import Any

from rice_core import __version__
from rice_core.budget.figures import grams, kg, percent
from rice_core.budget.lifecycle_view import litres
from rice_core.budget.projection import CallProjection, Projection
from rice_core.budget.result import CheckResult, describe_volume
from rice_core.problems import Problem
from rice_core.safeio import dumps_finite
from rice_core.scan.model_label import model_label

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
RULES: tuple[dict[str, Any], ...] = (
    {
        "id": "rice/over-budget",
        "name": "OverCarbonBudget",
        "shortDescription": {"text": "Projected CO2e of the code base's LLM calls exceeds the budget in rice.yaml."},
        "defaultConfiguration": {"level": "error"},
    },
    {
        "id": "rice/over-call-ceiling",
        "name": "OverPerCallCeiling",
        "shortDescription": {"text": "One request of this LLM call emits more than budget.per_call_co2e_g."},
        "defaultConfiguration": {"level": "error"},
    },
    {
        "id": "rice/call-co2e",
        "name": "LlmCallCarbon",
        "shortDescription": {"text": "Projected CO2e of this LLM call at its configured request volume."},
        "defaultConfiguration": {"level": "note"},
    },
    {
        "id": "rice/over-water-cap",
        "name": "OverWaterCap",
        "shortDescription": {"text": "Projected water (on-site + off-site) of the LLM calls exceeds budget.water_l."},
        "defaultConfiguration": {"level": "error"},
    },
    {
        "id": "rice/unscanned-file",
        "name": "UnscannedFile",
        "shortDescription": {"text": "A file that may call an LLM could not be scanned, so its calls are not counted."},
        "defaultConfiguration": {"level": "error"},
    },
)


def _location(
    uri: str, line: int, column: int | None = None, end_line: int | None = None, end_column: int | None = None
) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line)}
    if column is not None:
        region["startColumn"] = column + 1
    if end_line is not None and end_column is not None:
        region.update(endLine=end_line, endColumn=end_column + 1)
    return {"physicalLocation": {"artifactLocation": {"uri": uri.replace(os.sep, "/")}, "region": region}}


def _call_results(call: CallProjection, p: Projection, prefix: str) -> list[dict[str, Any]]:
    span = call.call.span
    uri = posixpath.normpath(posixpath.join(prefix, call.call.path)) if prefix else call.call.path
    where = [_location(uri, span.line, span.column, span.end_line, span.end_column)]
    text = (
        f"{model_label(call.call, call.estimate)}: {grams(call.co2e_per_request_g)} CO2e per request"
        f" × {describe_volume(call)}"
        f" = {kg(call.compared_kg)}/{p.period} ({percent(p.share_of_total(call))} of the total)"
    )
    if call.estimate.embodied_co2e_g > 0 or call.estimate.water_ml > 0:  # issue 13: the life-cycle split
        e = call.estimate
        text += f"; per request {grams(e.co2e_g)} operational + {grams(e.embodied_co2e_g)} embodied, water"
        text += f" {litres(e.water_ml / 1000.0)} (on-site {litres(e.water_onsite_ml / 1000.0)})"
    results = [
        {"ruleId": "rice/call-co2e", "ruleIndex": 2, "level": "note", "message": {"text": text}, "locations": where}
    ]
    if call.over_ceiling and p.per_call_ceiling_g is not None:
        results.append(
            {
                "ruleId": "rice/over-call-ceiling",
                "ruleIndex": 1,
                "level": "error",
                "locations": where,
                "message": {
                    "text": f"{grams(call.co2e_per_request_g)} CO2e per request is over the "
                    f"per-call ceiling of {grams(p.per_call_ceiling_g)}"
                },
            }
        )
    return results


def _budget_result(result: CheckResult) -> dict[str, Any]:
    p = result.projection
    config = result.config
    uri = os.path.relpath(config.source_path) if config.source_path else "rice.yaml"
    line = config.key_lines.get("budget.co2e_kg", 1)
    text = (
        f"Projected {kg(p.compared_total_kg)} CO2e/{p.period} ({p.compare}, {p.scope}) is over the budget of "
        f"{kg(p.budget_kg or 0)} ({percent(p.share_of_budget)})"
    )
    return {
        "ruleId": "rice/over-budget",
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": text},
        "locations": [_location(uri, line)],
    }


def _water_result(result: CheckResult) -> dict[str, Any]:
    p, config = result.projection, result.config
    uri = os.path.relpath(config.source_path) if config.source_path else "rice.yaml"
    text = (
        f"Projected water {litres(p.compared_water_l)}/{p.period} ({p.compare}) is over the cap of "
        f"{litres(p.water_budget_l or 0.0)}"
    )
    where = [_location(uri, config.key_lines.get("budget.water_l", 1))]
    return {
        "ruleId": "rice/over-water-cap",
        "ruleIndex": 3,
        "level": "error",
        "message": {"text": text},
        "locations": where,
    }


def to_sarif(result: CheckResult) -> dict[str, Any]:
    p = result.projection
    results = [r for call in p.calls for r in _call_results(call, p, result.prefix)]
    if p.over_budget:
        results.insert(0, _budget_result(result))
    if p.over_water:
        results.insert(0, _water_result(result))
    results[:0] = [_unscanned_result(problem, result.prefix) for problem in result.blocking]
    driver = {"name": "R-ICE", "version": __version__, "semanticVersion": __version__, "rules": list(RULES)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "results": results,
                "properties": {
                    "totalCo2eKg": p.total_kg,
                    "comparedTotalKg": p.compared_total_kg,
                    "budgetKg": p.budget_kg,
                    "period": p.period,
                },
            }
        ],
    }


def _unscanned_result(problem: Problem, prefix: str) -> dict[str, Any]:
    """A file the gate could not count (``rice_core.budget.unscanned``): an error on the file itself."""
    path = problem.message.split(": ", 1)[0]
    uri = posixpath.join(prefix, path) if prefix else path
    return {
        "ruleId": "rice/unscanned-file",
        "ruleIndex": next(i for i, rule in enumerate(RULES) if rule["id"] == "rice/unscanned-file"),
        "level": "error",
        "message": {"text": problem.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
    }


def render_sarif(result: CheckResult) -> str:
    return dumps_finite(to_sarif(result), indent=2, ensure_ascii=False) + "\n"
