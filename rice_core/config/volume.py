"""Request-volume strings such as ``1000/day``, ``50k/day``, ``1.5M/month`` or ``20/hour``.

A volume is a number of requests (optionally with a ``k``/``M``/``B`` multiplier, ``_`` or ``,`` separators) per
one period: hour, day, week, month (730 h) or year. ``parse_volume`` raises ``ValueError`` with what was expected;
the configuration loader turns that into a ``ConfigError`` that names file, line and key.
"""

from __future__ import annotations

import math
import re

from rice_core.config.settings import PERIOD_HOURS, Volume

MULTIPLIERS: dict[str, float] = {"": 1.0, "k": 1e3, "m": 1e6, "b": 1e9}
PERIOD_ALIASES: dict[str, str] = {
    "h": "hour",
    "hr": "hour",
    "hour": "hour",
    "hours": "hour",
    "d": "day",
    "day": "day",
    "days": "day",
    "w": "week",
    "wk": "week",
    "week": "week",
    "weeks": "week",
    "mo": "month",
    "month": "month",
    "months": "month",
    "y": "year",
    "yr": "year",
    "year": "year",
    "years": "year",
}
MAX_REQUESTS = 1e15  # per period: far above any real service, low enough that totals stay finite
EXPECTED = 'a request rate such as "1000/day", "50k/day", "1.5M/month", "20/hour" or "300/week"'

_VOLUME_RE = re.compile(
    r"^\s*(?P<num>\d[\d_,]*(?:\.\d+)?)\s*(?P<mult>[kKmMbB]?)\s*(?:/|\bper\b)\s*(?P<per>[A-Za-z]+)\s*$"
)


def parse_volume(text: str | float) -> Volume:
    """Parse ``"50k/day"`` → ``Volume(50000, "day")``; a bare number means requests per day."""
    if isinstance(text, bool):
        raise ValueError(f"expected {EXPECTED}, got {text!r}")
    if isinstance(text, (int, float)):
        return _checked(float(text), "day", text)
    match = _VOLUME_RE.match(str(text))
    if match is None:
        raise ValueError(f"expected {EXPECTED}, got {text!r}")
    per = PERIOD_ALIASES.get(match["per"].lower())
    if per is None:
        raise ValueError(f"unknown period {match['per']!r} in {text!r}: expected one of {', '.join(PERIOD_HOURS)}")
    number = float(match["num"].replace("_", "").replace(",", ""))
    return _checked(number * MULTIPLIERS[match["mult"].lower()], per, text)


def _checked(requests: float, per: str, original: object) -> Volume:
    if requests < 0 or not math.isfinite(requests) or requests > MAX_REQUESTS:
        raise ValueError(f"expected a non-negative finite request rate up to {MAX_REQUESTS:g}, got {original!r}")
    return Volume(requests, per)


def format_volume(volume: Volume) -> str:
    """Human form: ``50k/day``, ``1.5M/month``, ``20/hour``."""
    n = volume.requests
    for suffix, factor in (("B", 1e9), ("M", 1e6), ("k", 1e3)):
        if n >= factor:
            return f"{n / factor:.4g}{suffix}/{volume.per}"
    return f"{n:.4g}/{volume.per}"
