"""Validation of caller-supplied numbers: each failure is an ``InputError`` naming the value and what is accepted."""

from __future__ import annotations

import math
from typing import Any

from rice_core.errors import InputError


MAX_TOKENS = 100_000_000  # far above any context window; keeps every product of figures finite
MAX_NUMBER = 1e9  # no caller-supplied figure (billions of parameters, batch, PUE, g/kWh) is anywhere near


def check_tokens(name: str, value: Any) -> int:
    """A token count: a whole number from 1 to ``MAX_TOKENS`` (bools, NaN, fractions, zero, negatives refused)."""
    ok = isinstance(value, int) and not isinstance(value, bool)
    if not ok and isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value, ok = int(value), True
    if not ok or not 1 <= value <= MAX_TOKENS:
        raise InputError(
            f"{name}={str(value)[:40]} is not accepted: give a whole number of tokens from 1 to {MAX_TOKENS:,}"
        )
    return int(value)


def check_positive(
    name: str, value: Any, minimum: float = 0.0, inclusive: bool = False, maximum: float = MAX_NUMBER
) -> float:
    """A finite number above ``minimum`` (or equal, if ``inclusive``) and at most ``maximum``."""
    bad = isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
    if bad or value < minimum or (value == minimum and not inclusive) or value > maximum:
        rel = ">=" if inclusive else ">"
        raise InputError(f"{name}={value!r} is not accepted: give a finite number {rel} {minimum:g} and <= {maximum:g}")
    return float(value)


def check_devices(value: Any) -> int:
    """A device count: a whole number >= 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"devices={value!r} is not accepted: give a whole number >= 1")
    return value
