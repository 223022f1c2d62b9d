"""Template syntaxes: split str.format / LangChain f-string templates, Jinja and %-format text into literal
segments and placeholder names, so values can be substituted in place and the rest counted."""

from __future__ import annotations

import re
import string

_JINJA_EXPR = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[sdifrxXeEgGc]")
_BRACES = re.compile(r"\{([^{}]*)\}")

Segments = list[tuple[str, "str | None"]]  # (literal text, placeholder name after it or None)


def _regex_split(text: str, pattern: re.Pattern[str], name_of) -> Segments:  # type: ignore[no-untyped-def]
    out: Segments = []
    last = 0
    for index, match in enumerate(pattern.finditer(text)):
        out.append((text[last : match.start()], name_of(match, index)))
        last = match.end()
    out.append((text[last:], None))
    return out


def format_segments(text: str) -> Segments:
    """``"Hi {name}!"`` → ``[("Hi ", "name"), ("!", None)]``; ``{}`` fields are numbered 0, 1, …"""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # malformed braces: fall back to a plain regex
        return _regex_split(text, _BRACES, lambda m, i: m.group(1))
    out: Segments = []
    auto = 0
    for literal, name, _, _ in parsed:
        if name is None:
            out.append((literal, None))
            continue
        base = name.split(".")[0].split("[")[0]
        if base == "":
            base, auto = str(auto), auto + 1
        out.append((literal, base))
    return out


def jinja_segments(text: str) -> Segments:
    """``{{ expr }}`` placeholders of a Jinja template (named by their first word); tags and comments dropped."""
    stripped = _JINJA_TAG.sub("", text)
    return _regex_split(stripped, _JINJA_EXPR, lambda m, i: m.group(1).strip().split("|")[0].strip())


def percent_segments(text: str) -> Segments:
    """``%s`` / ``%(name)s`` placeholders (positional ones named ``%0``, ``%1``, …); ``%%`` stays literal."""
    segments = _regex_split(text, _PERCENT, lambda m, i: m.group(1) or f"%{i}")
    return [(lit.replace("%%", "%"), name) for lit, name in segments]


def segments_of(text: str, style: str) -> Segments:
    if style == "jinja":
        return jinja_segments(text)
    if style == "percent":
        return percent_segments(text)
    return format_segments(text)


def fields_of(text: str, style: str) -> tuple[str, list[str]]:
    """(literal text without placeholders, placeholder names)."""
    segments = segments_of(text, style)
    return "".join(lit for lit, _ in segments), [name for _, name in segments if name is not None]


def jinja_fields(text: str) -> tuple[str, list[str]]:
    return fields_of(text, "jinja")
