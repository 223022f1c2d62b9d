"""tree-sitter parsing for JavaScript/TypeScript: grammar per file suffix, and byte → code-point positions.

Grammars and parsers are built on first use and cached for the process; tree-sitter is error-tolerant, so a
half-typed file still gives a tree whose good parts can be walked.
"""

from __future__ import annotations

import bisect
import functools
import threading
from pathlib import PurePath
from typing import Any

from rice_core.scan.callsite import Span

JS_SUFFIXES: frozenset[str] = frozenset({".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"})
_GRAMMAR_BY_SUFFIX: dict[str, str] = {".ts": "typescript", ".mts": "typescript", ".cts": "typescript", ".tsx": "tsx"}


def grammar_for(path: str | None) -> str:
    """'typescript', 'tsx' or 'javascript' (the JavaScript grammar also parses JSX)."""
    suffix = PurePath(path).suffix.lower() if path else ""
    return _GRAMMAR_BY_SUFFIX.get(suffix, "javascript")


def language_name(grammar: str) -> str:
    """The CallSite ``language`` value for a grammar."""
    return "javascript" if grammar == "javascript" else "typescript"


@functools.cache
def language_for(grammar: str) -> Any:
    """The tree-sitter ``Language`` of a grammar name."""
    from tree_sitter import Language

    if grammar == "javascript":
        import tree_sitter_javascript

        return Language(tree_sitter_javascript.language())
    import tree_sitter_typescript

    loader = tree_sitter_typescript.language_tsx if grammar == "tsx" else tree_sitter_typescript.language_typescript
    return Language(loader())


_LOCAL = threading.local()  # a Parser is not thread-safe: the language server analyses in worker threads


def _parser(grammar: str) -> Any:
    parsers: dict[str, Any] = _LOCAL.__dict__.setdefault("parsers", {})
    if grammar not in parsers:
        from tree_sitter import Parser

        parsers[grammar] = Parser(language_for(grammar))
    return parsers[grammar]


def parse_bytes(data: bytes, grammar: str) -> Any:
    """The tree-sitter ``Tree`` of ``data``."""
    return _parser(grammar).parse(data)


class Positions:
    """Converts tree-sitter (row, byte column) points to code-point columns, and slices node text."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._line_starts = [0]
        start = data.find(b"\n")
        while start != -1:
            self._line_starts.append(start + 1)
            start = data.find(b"\n", start + 1)
        self.ascii = data.isascii()

    def column(self, row: int, byte_column: int) -> int:
        if self.ascii:
            return byte_column
        start = self._line_starts[row] if row < len(self._line_starts) else len(self.data)
        return len(self.data[start : start + byte_column].decode("utf-8", errors="replace"))

    def span(self, node: Any) -> Span:
        """1-based lines, 0-based code-point columns."""
        (row, col), (end_row, end_col) = node.start_point, node.end_point
        return Span(row + 1, self.column(row, col), end_row + 1, self.column(end_row, end_col))

    def row_of(self, byte_offset: int) -> int:
        return bisect.bisect_right(self._line_starts, byte_offset) - 1

    def last_row(self) -> int:
        return len(self._line_starts) - 1

    def line_text(self, row: int) -> str:
        start = self._line_starts[row]
        end = self._line_starts[row + 1] if row + 1 < len(self._line_starts) else len(self.data)
        return self.data[start:end].decode("utf-8", errors="replace")


def text_of(node: Any) -> str:
    """Source text of a node."""
    return node.text.decode("utf-8", errors="replace") if node is not None and node.text is not None else ""
