"""A JS/TS syntax-error problem carries where the first error is: 1-based line, 0-based code-point column."""

from __future__ import annotations

import pytest

from rice_core.problems import Problem
from rice_core.scan.js import scan_js_source

HEAD = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'
CALL = 'await client.chat.completions.create({ model: "gpt-4o", messages: [] });\n'


def _syntax_errors(text: str, path: str = "snippet.ts") -> list[Problem]:
    _, problems = scan_js_source(text, path)
    return [p for p in problems if p.code == "syntax-error"]


@pytest.mark.parametrize("path", ["snippet.ts", "snippet.js", "snippet.tsx"])
def test_problem_is_at_the_first_error(path: str) -> None:
    text = HEAD + CALL + "const b = ;\n" + CALL
    [problem] = _syntax_errors(text, path)
    assert (problem.line, problem.column) == (4, len("const b = "))
    assert "line 4, column 11" in problem.message  # the message stays 1-based, as before


def test_column_counts_code_points_not_bytes() -> None:
    line = 'const label = "😀日本" + ) 2;\n'
    [problem] = _syntax_errors(HEAD + line)
    assert problem.line == 3
    assert problem.column == line.index(")")


def test_valid_file_has_no_syntax_error() -> None:
    assert _syntax_errors(HEAD + CALL) == []
