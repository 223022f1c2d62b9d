"""CallSite ⇄ plain dicts (JSON cache, worker results)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite, Span


def problem_to_dict(problem: Problem) -> dict[str, str]:
    return {"code": problem.code, "message": problem.message, "severity": problem.severity}


def problem_from_dict(data: dict[str, Any]) -> Problem:
    return Problem(data["code"], data["message"], data.get("severity", "warning"))


def callsite_to_dict(call: CallSite) -> dict[str, Any]:
    data = asdict(call)
    data["warnings"] = [problem_to_dict(p) for p in call.warnings]
    return data


def callsite_from_dict(data: dict[str, Any]) -> CallSite:
    values = dict(data)
    values["span"] = Span(**values["span"])
    values["model_span"] = Span(**values["model_span"]) if values.get("model_span") else None
    values["warnings"] = tuple(problem_from_dict(p) for p in values.get("warnings", ()))
    return CallSite(**values)
