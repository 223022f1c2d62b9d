"""Core positions (1-based lines, code-point columns) → LSP positions in UTF-16 code units."""

from __future__ import annotations

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.problems import Problem
from rice_core.scan.callsite import Span
from rice_lsp import convert

UTF16 = PositionCodec(T.PositionEncodingKind.Utf16)
UTF32 = PositionCodec(T.PositionEncodingKind.Utf32)
LINES = ["x = 1\n", 'msg = "😀😀 你好"; call(model="gpt-4o")\n']


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_columns_after_emoji_and_cjk_are_utf16_units() -> None:
    line = LINES[1]
    column = line.index('"gpt-4o"')
    pos = convert.position(LINES, UTF16, 2, column)
    assert pos == T.Position(1, utf16_len(line[:column]))
    assert pos.character == column + 2  # two emoji, each two UTF-16 units; CJK is one unit each


def test_utf32_clients_get_code_points() -> None:
    assert convert.position(LINES, UTF32, 2, 10).character == 10


def test_line_end_and_clamping() -> None:
    assert convert.line_end(LINES, UTF16, 2) == T.Position(1, utf16_len(LINES[1].rstrip("\n")))
    assert convert.line_end(LINES, UTF16, 99) == T.Position(1, utf16_len(LINES[1].rstrip("\n")))
    assert convert.position([], UTF16, 5, 5) == T.Position(0, 0)


def test_span_range() -> None:
    line = LINES[1]
    start = line.index("call")
    rng = convert.span_range(LINES, UTF16, Span(2, start, 2, len(line.rstrip("\n"))))
    assert rng.start == T.Position(1, start + 2)
    assert rng.end.character == utf16_len(line.rstrip("\n"))


def test_diagnostic_carries_code_and_link() -> None:
    diag = convert.diagnostic(
        Problem("unknown-model", "no such model", "warning"), T.Range(T.Position(0, 0), T.Position(0, 1)), "info"
    )
    assert diag.severity == T.DiagnosticSeverity.Information
    assert diag.code == "unknown-model"
    assert diag.code_description is not None
    assert diag.code_description.href == "https://github.com/r-ice/r-ice/blob/main/docs/cli.md#problem-unknown-model"
    assert diag.source == "rice"
