"""YAML for configuration files that may come from a hostile repository: plain data and nothing else.

A 340-byte file of nested aliases ("billion laughs") expands to gigabytes; ``!!python/*`` tags and merge keys
(``<<``) make PyYAML raise or build objects; 20,000 levels of nesting exhaust the stack; a 5,000-digit integer
raises in ``int()``. ``compose_strict`` refuses aliases, anchors, non-standard tags and nesting deeper than
``MAX_DEPTH`` while composing (before anything is expanded); ``scalar_value`` builds only strings, numbers,
booleans, nulls and dates, refuses merge keys and over-long numbers. Every refusal is ``Rejected`` with a line.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_CONFIG_BYTES = 256 * 1024
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 64
_CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq"))
_SCALAR_TAGS = frozenset(f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp"))


class Rejected(Exception):
    """Something a configuration file must not carry; ``line`` is 1-based (None when unknown)."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _line(mark: Any) -> int | None:
    return None if mark is None else int(mark.line) + 1


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses aliases, anchors, unknown tags and deep nesting."""

    depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        line = _line(event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            raise Rejected(f"YAML aliases (*{event.anchor}) are not allowed in configuration files", line)
        if getattr(event, "anchor", None):
            raise Rejected(f"YAML anchors (&{event.anchor}) are not allowed in configuration files", line)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in ALLOWED_TAGS:
            raise Rejected(f"YAML tag {tag!r} is not allowed in configuration files (plain values only)", line)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise Rejected(f"the YAML nests deeper than {MAX_DEPTH} levels", line)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def compose_strict(text: str) -> yaml.Node | None:
    """The node tree of one YAML document (``None`` when empty); raises ``Rejected`` or ``yaml.YAMLError``."""
    loader = _StrictLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def scalar_value(node: yaml.Node) -> Any:
    """The plain value of a scalar node; anything else (a merge key, a mapping used as a key) is ``Rejected``."""
    line = _line(node.start_mark)
    if not isinstance(node, yaml.ScalarNode):
        raise Rejected("expected a plain value here (a mapping or list cannot be a key)", line)
    if node.tag == f"{_CORE}merge":
        raise Rejected("YAML merge keys (<<) are not allowed in configuration files", line)
    if node.tag not in _SCALAR_TAGS:
        return str(node.value)  # e.g. a lone "=" (the YAML "value" type): just text
    if node.tag in (f"{_CORE}int", f"{_CORE}float") and len(node.value) > MAX_NUMBER_CHARS:
        raise Rejected(f"number with {len(node.value):,} characters is too long (at most {MAX_NUMBER_CHARS})", line)
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        raise Rejected(f"cannot read the value {node.value[:40]!r}: {exc}", line) from exc
