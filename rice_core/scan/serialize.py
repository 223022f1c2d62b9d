"""CallSite ⇄ plain dicts (JSON cache, worker results)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite, Span


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    """code, message, severity; "line"/"column" only for a problem that has a place in the text."""
    data: dict[str, Any] = {"code": problem.code, "message": problem.message, "severity": problem.severity}
    if problem.line is not None:
        data["line"], data["column"] = problem.line, problem.column
    return data


def problem_from_dict(data: dict[str, Any]) -> Problem:
    return Problem(data["code"], data["message"], data.get("severity", "warning"), data.get("line"), data.get("column"))


def _span(span: Span | None) -> dict[str, int] | None:
    if span is None:
        return None
    return {"line": span.line, "column": span.column, "end_line": span.end_line, "end_column": span.end_column}


def callsite_to_dict(call: CallSite) -> dict[str, Any]:
    data = {f.name: getattr(call, f.name) for f in fields(call)}
    data["span"] = _span(call.span)
    data["model_span"] = _span(call.model_span)
    data["warnings"] = [problem_to_dict(p) for p in call.warnings]
    data["extra"] = dict(call.extra)
    return data


def callsite_from_dict(data: dict[str, Any]) -> CallSite:
    values = dict(data)
    values["span"] = Span(**values["span"])
    values["model_span"] = Span(**values["model_span"]) if values.get("model_span") else None
    values["warnings"] = tuple(problem_from_dict(p) for p in values.get("warnings", ()))
    values["output_hints"] = tuple(values.get("output_hints", ()))
    values["placeholders"] = tuple(tuple(p) for p in values.get("placeholders", ()))
    return CallSite(**values)
