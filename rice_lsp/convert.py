"""The one module that turns core results into LSP types.

The core gives 1-based lines and 0-based code-point columns; LSP wants 0-based lines and (by default) UTF-16 code
units, so every column goes through the document's ``position_codec``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.problems import CODES, Problem

if TYPE_CHECKING:
    from rice_core.scan.callsite import Span

REPOSITORY_URL = "https://github.com/r-ice/r-ice"
SOURCE = "rice"

_SEVERITY = {
    "error": T.DiagnosticSeverity.Error,
    "warning": T.DiagnosticSeverity.Warning,
    "info": T.DiagnosticSeverity.Information,
}


def problem_url(code: str) -> str:
    """Anchor that explains one problem code (the table in docs/cli.md)."""
    return f"{REPOSITORY_URL}/blob/main/docs/cli.md#problem-{code}"


def position(lines: Sequence[str], codec: PositionCodec, line1: int, column: int) -> T.Position:
    """1-based line and code-point column → LSP position in the client's units; clamped to the document."""
    line0 = min(max(line1 - 1, 0), max(len(lines) - 1, 0))
    if not lines:
        return T.Position(0, 0)
    text = lines[line0].rstrip("\r\n")
    return T.Position(line0, codec.client_num_units(text[: max(column, 0)]))


def span_range(lines: Sequence[str], codec: PositionCodec, span: Span) -> T.Range:
    return T.Range(
        position(lines, codec, span.line, span.column), position(lines, codec, span.end_line, span.end_column)
    )


def line_end(lines: Sequence[str], codec: PositionCodec, line1: int) -> T.Position:
    """End of the 1-based line, in client units (where an inlay hint goes)."""
    return position(lines, codec, line1, 1 << 30)


def line_range(lines: Sequence[str], codec: PositionCodec, line1: int) -> T.Range:
    """The text of the 1-based line, from its first non-blank character to its end."""
    line0 = min(max(line1 - 1, 0), max(len(lines) - 1, 0))
    text = lines[line0] if lines else ""
    indent = len(text) - len(text.lstrip())
    return T.Range(position(lines, codec, line1, indent), line_end(lines, codec, line1))


def problem_range(lines: Sequence[str], codec: PositionCodec, problem: Problem) -> T.Range:
    """Where a file-level problem goes: from its column to the end of its line (the whole line when the column is
    at or past the end, e.g. a bracket never closed); the first line when the problem has no location."""
    if problem.line is None:
        return line_range(lines, codec, 1)
    whole = line_range(lines, codec, problem.line)
    if problem.column is None:
        return whole
    start = position(lines, codec, problem.line, problem.column)
    return whole if start.character >= whole.end.character else T.Range(start, whole.end)


def diagnostic(problem: Problem, rng: T.Range, severity: str | None = None) -> T.Diagnostic:
    """A problem as a diagnostic with its stable code and a link to its explanation."""
    known = problem.code in CODES
    return T.Diagnostic(
        range=rng,
        message=problem.message,
        severity=_SEVERITY[severity or problem.severity],
        code=problem.code,
        code_description=T.CodeDescription(href=problem_url(problem.code)) if known else None,
        source=SOURCE,
    )


def text_edit(rng: T.Range, new_text: str) -> T.TextEdit:
    return T.TextEdit(range=rng, new_text=new_text)


def workspace_edit(uri: str, version: int | None, edits: list[T.TextEdit]) -> T.WorkspaceEdit:
    """A versioned edit of one document (versions guard against editing stale text)."""
    doc = T.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return T.WorkspaceEdit(document_changes=[T.TextDocumentEdit(text_document=doc, edits=edits)])


def markdown(value: str) -> T.MarkupContent:
    return T.MarkupContent(kind=T.MarkupKind.Markdown, value=value)
