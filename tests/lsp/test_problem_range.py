"""File-level problems go to their line and column (UTF-16 for the client), else to the first line."""

from __future__ import annotations

from lsprotocol import types as T
from pygls.workspace.position_codec import PositionCodec

from rice_core.problems import Problem
from rice_lsp import convert

UTF16 = PositionCodec(T.PositionEncodingKind.Utf16)
LINES = ["import os\n", "\n", '    label = "😀你" + * 2\n', "x = (\n"]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _end(line0: int) -> T.Position:
    return T.Position(line0, _utf16_len(LINES[line0].rstrip("\n")))


def test_problem_without_location_is_on_the_first_line() -> None:
    rng = convert.problem_range(LINES, UTF16, Problem("syntax-error", "bad"))
    assert rng == T.Range(T.Position(0, 0), _end(0))


def test_located_problem_starts_at_its_column_in_utf16_units() -> None:
    column = LINES[2].index("*")
    rng = convert.problem_range(LINES, UTF16, Problem("syntax-error", "bad", line=3, column=column))
    assert rng.start == T.Position(2, column + 1)  # the emoji is two UTF-16 units, the CJK character one
    assert rng.end == _end(2)


def test_column_at_or_past_the_end_takes_the_whole_line() -> None:
    rng = convert.problem_range(LINES, UTF16, Problem("syntax-error", "bad", line=4, column=99))
    assert rng == T.Range(T.Position(3, 0), _end(3))


def test_line_without_column_takes_the_line_from_its_indent() -> None:
    rng = convert.problem_range(LINES, UTF16, Problem("syntax-error", "bad", line=3))
    assert rng == T.Range(T.Position(2, 4), _end(2))


def test_line_past_the_end_is_clamped_to_the_last_line() -> None:
    rng = convert.problem_range(LINES, UTF16, Problem("syntax-error", "bad", line=9, column=0))
    assert rng.start.line == 3 and rng.end == _end(3)
