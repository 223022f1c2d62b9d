"""`// rice: volume=5000/day model=gpt-4o output_tokens=800` and `// rice: ignore` comments on or above a call.

A comment counts when it is on the call's first line, or in the block of comment-only lines directly above the
call or above the statement that contains it (`/* rice: ... */` and JSX `{/* rice: ... */}` work too).
"""

from __future__ import annotations

import re
from typing import Any

from rice_core.scan.annotations import clean_value
from rice_core.scan.js.parse import Positions, text_of
from rice_core.scan.js.scope import MAX_ANCESTORS

_RICE = re.compile(r"rice:\s*(.*?)\s*(?:\*/\}?)?\s*$")
_PAIR = re.compile(r"([A-Za-z_]+)\s*=\s*(\S+)|\b(ignore)\b")
_STATEMENT_PARENTS = frozenset({"program", "statement_block", "class_body", "switch_case", "switch_default"})
_COMMENT_LINE = re.compile(r"^\s*(//|/\*|\*|\{/\*)")


def parse_annotation(comment: str) -> dict[str, str]:
    """Key/value pairs of one comment's `rice:` annotation ({} when it has none)."""
    found = _RICE.search(comment)
    if found is None:
        return {}
    pairs: dict[str, str] = {}
    for key, value, ignore in _PAIR.findall(found.group(1)):
        if ignore:
            pairs["ignore"] = "true"
        elif (cleaned := clean_value(key.lower(), value.rstrip(",;"))) is not None:  # bounded token counts
            pairs[key.lower()] = cleaned
    return pairs


class Annotations:
    def __init__(self, comments: list[Any], positions: Positions) -> None:
        self.positions = positions
        self.by_row: dict[int, dict[str, str]] = {}
        for comment in comments:
            pairs = parse_annotation(text_of(comment))
            if pairs:
                self.by_row.setdefault(comment.start_point[0], {}).update(pairs)

    def for_call(self, call: Any) -> dict[str, str]:
        if not self.by_row:
            return {}
        row = call.start_point[0]
        found: dict[str, str] = {}
        for start in {row, _statement(call).start_point[0]}:
            for above in self._comment_rows_above(start):
                for key, value in self.by_row.get(above, {}).items():
                    found.setdefault(key, value)
        found.update(self.by_row.get(row, {}))
        return found

    def _comment_rows_above(self, row: int) -> list[int]:
        rows: list[int] = []
        above = row - 1
        while above >= 0 and _COMMENT_LINE.match(self.positions.line_text(above)):
            rows.append(above)
            above -= 1
        return rows


def _statement(node: Any) -> Any:
    for _ in range(MAX_ANCESTORS):
        parent = node.parent
        if parent is None or parent.type in _STATEMENT_PARENTS:
            break
        node = parent
    return node
