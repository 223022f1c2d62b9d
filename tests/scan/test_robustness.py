"""Broken input never raises: syntax errors keep the parts that parse; bad files become problem records."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from rice_core.scan import scan_paths, scan_source, scan_source_with_problems

CALL = "client.chat.completions.create(model='gpt-4o', messages=[])"
HEAD = "from openai import OpenAI\nclient = OpenAI()\n"


def test_half_typed_file_keeps_calls_before_and_after() -> None:
    code = (
        HEAD
        + f"def a():\n    {CALL}\n\ndef b():\n    x = client.chat.completions.create(model='gpt-4.1', messages=[\n\n"
        + f"def c():\n    return {CALL.replace('gpt-4o', 'o3')}\n"
    )
    calls, problems = scan_source_with_problems(code, "a.py")
    assert [c.model for c in calls] == ["gpt-4o", "gpt-4.1", "o3"]  # the half-typed call too: brackets closed
    assert [c.line for c in calls] == [4, 7, 10]
    assert [p.code for p in problems] == ["syntax-error"]


def test_unrecoverable_fragment_is_dropped_not_fatal() -> None:
    calls, problems = scan_source_with_problems(HEAD + "r = client.chat.completions.create(model=", "a.py")
    assert calls == [] and [p.code for p in problems] == ["syntax-error"]


def test_syntax_error_inside_class_keeps_other_methods() -> None:
    code = HEAD + f"class A:\n    def ok(self):\n        {CALL}\n    def bad(self)\n        pass\n"
    calls, problems = scan_source_with_problems(code, "a.py")
    assert [c.function for c in calls] == ["A.ok"] and problems[0].code == "syntax-error"


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    code = HEAD + "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n" + CALL
    _, problems = scan_source_with_problems(code, "a.py")
    assert problems and problems[0].code in ("file-too-deep", "syntax-error")
    long_chain = HEAD + "P = " + "+".join(["'a'"] * 50_000) + "\n" + CALL
    assert [p.code for p in scan_source_with_problems(long_chain, "c.py")[1]] == ["file-too-deep"]


def nested_ifs(levels: int) -> str:
    return (
        HEAD
        + "def f():\n"
        + "".join("    " * (i + 1) + "if x:\n" for i in range(levels))
        + "    " * (levels + 1)
        + CALL
        + "\n"
    )


def test_deep_but_legal_nesting_is_scanned_and_illegal_is_reported() -> None:
    calls, problems = scan_source_with_problems(nested_ifs(95), "b.py")
    assert len(calls) == 1 and problems == []
    calls, problems = scan_source_with_problems(nested_ifs(150), "b.py")  # beyond Python's indentation limit
    assert problems[0].code == "syntax-error"


def test_nul_text_is_unreadable() -> None:
    assert scan_source_with_problems(HEAD + "\x00" + CALL, "a.py") == ([], scan_source_with_problems("\x00", "a.py")[1])
    assert scan_source_with_problems("\x00", "a.py")[1][0].code == "file-unreadable"


def test_file_level_problems_in_scan_paths(tmp_path) -> None:
    (tmp_path / "nul.py").write_bytes(b"import openai\x00\n")
    (tmp_path / "latin.py").write_bytes(b"import openai\nx = '\xe9'\n")
    (tmp_path / "cookie.py").write_bytes(
        b"# -*- coding: latin-1 -*-\nfrom openai import OpenAI\nOpenAI().chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': '\xe9t\xe9'}])\n"
    )
    with open(tmp_path / "huge.py", "wb") as handle:
        handle.write(b"import openai\n")
        handle.truncate(10 * 1024 * 1024 + 1)
    result = scan_paths([str(tmp_path)], use_cache=False)
    problems = {p.path: p.code for p in result.problems}
    assert problems == {"nul.py": "file-unreadable", "latin.py": "file-unreadable", "huge.py": "file-too-large"}
    assert [(c.path, c.model) for c in result.calls] == [("cookie.py", "gpt-4o")]
    assert result.files_scanned == 4


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("()[]{}:=.,'\"\\\n #fdefclassimportopenaicreatemodel")), max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    scan_source_with_problems(HEAD + text, "fuzz.py")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(HEAD + CALL)))
def test_every_truncation_never_raises(cut: int) -> None:
    scan_source((HEAD + "def f():\n    " + CALL)[:cut], "t.py")
    assert os.getcwd()  # the scanner never changes process state


def test_mutually_recursive_wrappers_stay_fast() -> None:
    import time

    src = "from openai import OpenAI\n"
    for i in range(30):
        src += f"def f{i}(client, model):\n" + f"    f{(i + 1) % 30}(client, model)\n" * 10
        src += "    client.chat.completions.create(model=model, messages=[])\n"
    src += "f0(OpenAI(), 'gpt-4o')\n"
    start = time.perf_counter()
    calls = scan_source(src, "a.py")
    assert len(calls) == 30
    assert time.perf_counter() - start < 5.0  # was 39 s before caller look-ups were memoised and depth-bounded
