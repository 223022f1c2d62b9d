"""``# rice:`` annotations in comments on or directly above a call:
``# rice: volume=5000/day``, ``# rice: output_tokens=800``, ``# rice: model=gpt-4o``, ``# rice: ignore``."""

from __future__ import annotations

import re

_MARK = re.compile(r"(?:#|//)\s*rice:\s*(.*)$")
_PAIR = re.compile(r"([A-Za-z_]+)\s*(?:=\s*([^\s,;]+))?")
KNOWN_KEYS = frozenset({"volume", "output_tokens", "prompt_tokens", "model", "ignore", "kind"})


NUMERIC_KEYS = frozenset({"output_tokens", "prompt_tokens"})
_TOKEN_COUNT = re.compile(r"[0-9]{1,9}")  # ASCII digits only ("²".isdigit() is True, int("²") raises)
MAX_VALUE_CHARS = 200


def clean_value(key: str, value: str) -> str | None:
    """The value when it is usable for ``key``: token counts are 1-9 ASCII digits (a 4,301-digit count used to
    crash the scan of the whole file), other values at most ``MAX_VALUE_CHARS``; None drops the pair."""
    if key in NUMERIC_KEYS:
        return value if _TOKEN_COUNT.fullmatch(value) else None
    return value if len(value) <= MAX_VALUE_CHARS else None


def parse_annotation(comment: str) -> dict[str, str]:
    """``volume=5000/day, model=gpt-4o`` → ``{"volume": "5000/day", "model": "gpt-4o"}``; bare ``ignore`` → "true"."""
    out: dict[str, str] = {}
    for match in _PAIR.finditer(comment):
        key, value = match.group(1).lower(), match.group(2)
        if key in KNOWN_KEYS:
            cleaned = clean_value(key, value if value is not None else "true")
            if cleaned is not None:
                out[key] = cleaned
    return out


def annotation_lines(lines: list[str]) -> dict[int, dict[str, str]]:
    """1-based line → annotation dict, for every line carrying a ``# rice:`` comment."""
    found: dict[int, dict[str, str]] = {}
    for number, line in enumerate(lines, start=1):
        if "rice:" not in line:
            continue
        match = _MARK.search(line)
        if match:
            parsed = parse_annotation(match.group(1))
            if parsed:
                found[number] = parsed
    return found


def _is_comment_only(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith(("#", "//"))


def annotation_for(found: dict[int, dict[str, str]], lines: list[str], line: int, end_line: int) -> dict[str, str]:
    """Annotations on the call's own lines and on the comment-only lines right above it (nearest wins)."""
    if not found:
        return {}
    merged: dict[str, str] = {}
    above = line - 1
    block: list[int] = []
    while above >= 1 and _is_comment_only(lines[above - 1]):
        block.append(above)
        above -= 1
    for number in [*reversed(block), *range(line, end_line + 1)]:
        merged.update(found.get(number, {}))
    return merged
