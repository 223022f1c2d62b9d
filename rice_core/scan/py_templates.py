"""Template syntaxes: count and remove placeholders of str.format / LangChain f-string templates, Jinja and %-format."""
from __future__ import annotations

import re
import string

_JINJA_EXPR = re.compile(r"\{\{.*?\}\}", re.S)
_JINJA_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.S)
_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[sdifrxXeEgGc]")
_BRACES = re.compile(r"\{([^{}]*)\}")


def format_fields(text: str) -> tuple[str, list[str]]:
    """``"Hi {name}!"`` → (``"Hi !"``, ``["name"]``): literal text and field names of a str.format template."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # malformed braces: fall back to a plain regex
        return _BRACES.sub("", text), [m.group(1) for m in _BRACES.finditer(text)]
    literal = "".join(lit for lit, _, _, _ in parsed)
    fields = [name.split(".")[0].split("[")[0] for _, name, _, _ in parsed if name is not None]
    return literal, fields


def jinja_fields(text: str) -> tuple[str, list[str]]:
    """Literal text and ``{{ expr }}`` placeholders of a Jinja template; ``{% %}``/``{# #}`` tags are dropped."""
    fields = [m.group(0)[2:-2].strip().split("|")[0].strip() for m in _JINJA_EXPR.finditer(text)]
    return _JINJA_TAG.sub("", _JINJA_EXPR.sub("", text)), fields


def percent_fields(text: str) -> tuple[str, list[str]]:
    """Literal text and ``%s``/``%(name)s`` placeholders of a %-format template (``%%`` stays literal)."""
    fields = [m.group(1) or "" for m in _PERCENT.finditer(text)]
    return _PERCENT.sub("", text).replace("%%", "%"), fields


def fields_of(text: str, style: str) -> tuple[str, list[str]]:
    if style == "jinja":
        return jinja_fields(text)
    if style == "percent":
        return percent_fields(text)
    return format_fields(text)
