"""A syntax-error problem carries where the first error is: 1-based line, 0-based code-point column."""

from __future__ import annotations

import pytest

from rice_core.problems import Problem
from rice_core.scan import scan_source_with_problems
from rice_core.scan.python.recovery import SyntaxFault, parse_recovering
from rice_core.scan.serialize import problem_from_dict, problem_to_dict

HEAD = "from openai import OpenAI\nclient = OpenAI()\n"
CALL = "client.chat.completions.create(model='gpt-4o', messages=[])\n"


def _syntax_error(text: str) -> Problem:
    _, problems = scan_source_with_problems(text, "a.py")
    [problem] = [p for p in problems if p.code == "syntax-error"]
    return problem


def test_valid_code_has_no_fault() -> None:
    assert parse_recovering(HEAD + CALL)[1] is None


def test_fault_has_line_and_zero_based_column() -> None:
    _, fault = parse_recovering("a = 1\nb = 2 +\nc = 3\n")
    assert fault == SyntaxFault("line 2: invalid syntax", 2, 7)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (HEAD + CALL + "\n\nx = = 1\n" + CALL, 6, 4),
        (HEAD + "def f(:\n    pass\n" + CALL, 3, 6),
        (HEAD + CALL + "if ready:\nreturn 1\n", 5, 0),
    ],
)
def test_problem_is_at_the_first_error(text: str, line: int, column: int) -> None:
    problem = _syntax_error(text)
    assert (problem.line, problem.column) == (line, column)
    assert f"line {line}:" in problem.message  # the message is unchanged


def test_column_counts_code_points_not_bytes() -> None:
    line = 'label = "😀é" + * 2\n'
    problem = _syntax_error(HEAD + line)
    assert (problem.line, problem.column) == (3, line.index("*"))


def test_calls_before_and_after_the_error_are_kept() -> None:
    calls, problems = scan_source_with_problems(HEAD + CALL + "x = = 1\n" + CALL, "a.py")
    assert [c.line for c in calls] == [3, 5]
    assert [(p.code, p.line) for p in problems] == [("syntax-error", 4)]


def test_problems_without_a_place_have_no_location() -> None:
    problem = Problem("unknown-model", "no such model")
    assert (problem.line, problem.column) == (None, None)


def test_dict_round_trip_adds_location_keys_only_when_set() -> None:
    located = Problem("syntax-error", "bad", "warning", line=4, column=2)
    assert problem_to_dict(located) == {
        "code": "syntax-error",
        "message": "bad",
        "severity": "warning",
        "line": 4,
        "column": 2,
    }
    assert problem_from_dict(problem_to_dict(located)) == located
    plain = Problem("unknown-model", "no such model", "info")
    assert set(problem_to_dict(plain)) == {"code", "message", "severity"}
    assert problem_from_dict(problem_to_dict(plain)) == plain
