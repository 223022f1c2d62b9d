"""Validation of cached scan results read back from disk: a cache is data someone else may have written.

A cache file that is valid JSON of the wrong shape (a string where a line number goes, a call without a span,
``NaN`` tokens) must cost a re-scan, never a crash or a silently wrong total. ``valid_entry`` checks one
per-file entry, and every call in it against ``CallSite``'s own type hints (so fields added later are checked
too); invalid entries are dropped by ``rice_core.scan.cache.open_cache``.
"""

from __future__ import annotations

import functools
import math
import types
import typing
from typing import Any

from rice_core.problems import CODES, Problem
from rice_core.scan.callsite import CallSite, Span

MAX_NUMBER = 1e15


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def matches(value: Any, hint: Any) -> bool:
    """Does a deserialized value fit a type hint (int, str, float, bool, None, unions, tuples, dicts, Literal)?"""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True
    if hint is type(None) or hint is None:
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(matches(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return ok and math.isfinite(value) and abs(value) <= MAX_NUMBER
    if hint is str:
        return isinstance(value, str)
    if origin is tuple:
        if not isinstance(value, (tuple, list)):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(matches(v, args[0]) for v in value)
        return len(value) == len(args) and all(matches(v, a) for v, a in zip(value, args))
    if origin is dict:
        return isinstance(value, dict) and all(isinstance(k, str) for k in value)
    if hint in (Span, Problem, CallSite):
        return isinstance(value, hint) and all(matches(getattr(value, k), h) for k, h in _hints(hint).items())
    return False


def valid_call(call: Any) -> bool:
    return isinstance(call, CallSite) and matches(call, CallSite) and all(w.code in CODES for w in call.warnings)


def _stat(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)  # size, mtime_ns


def valid_entry(entry: Any) -> bool:
    """One cached file: stat, sha, calls (each a valid ``CallSite``), problems with registered codes, deps."""
    from rice_core.scan.serialize import callsite_from_dict

    if not isinstance(entry, dict) or not (entry.get("stat") is None or _stat(entry.get("stat"))):
        return False
    if not isinstance(entry.get("sha"), (str, type(None))):
        return False
    calls, problems, deps = entry.get("calls", []), entry.get("problems", []), entry.get("deps", {})
    if not isinstance(calls, list) or not isinstance(problems, list) or not isinstance(deps, dict):
        return False
    if not all(isinstance(p, dict) and p.get("code") in CODES and isinstance(p.get("message"), str) for p in problems):
        return False
    if not all(isinstance(k, str) and (v is None or _stat(v)) for k, v in deps.items()):
        return False
    try:
        return all(isinstance(c, dict) and valid_call(callsite_from_dict(c)) for c in calls)
    except (TypeError, KeyError, ValueError, AttributeError):
        return False
