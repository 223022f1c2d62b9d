"""Validation of caller-supplied numbers: each failure is an ``InputError`` naming the value and what is accepted."""

from __future__ import annotations

import math
from typing import Any

from rice_core.errors import InputError


def check_tokens(name: str, value: Any) -> int:
    """A token count: a whole number >= 1 (bools, NaN, fractions, zero and negatives are refused)."""
    ok = isinstance(value, int) and not isinstance(value, bool)
    if not ok and isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value, ok = int(value), True
    if not ok or value < 1:
        raise InputError(f"{name}={value!r} is not accepted: give a whole number of tokens >= 1")
    return int(value)


def check_positive(name: str, value: Any, minimum: float = 0.0, inclusive: bool = False) -> float:
    """A finite number above ``minimum`` (or equal, if ``inclusive``)."""
    bad = isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
    if bad or value < minimum or (value == minimum and not inclusive):
        rel = ">=" if inclusive else ">"
        raise InputError(f"{name}={value!r} is not accepted: give a finite number {rel} {minimum:g}")
    return float(value)


def check_devices(value: Any) -> int:
    """A device count: a whole number >= 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"devices={value!r} is not accepted: give a whole number >= 1")
    return value
