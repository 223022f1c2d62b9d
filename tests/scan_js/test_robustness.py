"""Broken and hostile input: half-typed TSX, NUL bytes, huge and deeply nested files, non-ASCII columns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rice_core.scan.js import MAX_FILE_BYTES, mentions_llm_sdk, scan_js_source
from rice_core.scan.js.recovery import closing_suffix

from .helpers import CORPUS, only

HEAD = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'


def test_half_typed_tsx_still_yields_the_calls_that_parse() -> None:
    text = (
        HEAD + "export async function POST() {\n"
        '  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [] });\n'
        "  return <div className={r.id}>\n    <p>{r.choices[0].message.content}\n  </div\n}\n"
        "function broken( {\n"
    )
    sites, problems = scan_js_source(text, "app/page.tsx")
    assert [s.model for s in sites] == ["gpt-4o"]
    assert [p.code for p in problems] == ["syntax-error"]


def test_file_cut_off_mid_function_keeps_its_constants() -> None:
    """The editor state while typing: the rest of the file is missing, the tree root is an ERROR node."""
    text = (CORPUS / "app" / "api" / "chat" / "route.ts").read_text(encoding="utf-8")
    cut = text[: text.index("async start(controller)") + len("async start")]
    sites, problems = scan_js_source(cut, "app/api/chat/route.ts")
    assert [(s.line, s.model, s.model_source, s.prompt_source) for s in sites] == [
        (18, "gpt-4o-mini", "env-default", "template")
    ]
    assert [p.code for p in problems] == ["syntax-error"]
    assert "line 15," in problems[0].message  # where `export async function POST` stops parsing


def test_call_being_typed_at_the_end_of_the_file_is_found() -> None:
    text = (
        HEAD + 'const M = "gpt-4.1";\nexport async function f(q: string) {\n'
        "  const res = await client.chat.completions.create({\n    model: M,\n    max_tokens: 9,\n    mess"
    )
    sites, problems = scan_js_source(text, "typing.ts")
    assert [(s.line, s.model, s.output_tokens) for s in sites] == [(5, "gpt-4.1", 9)]
    assert (sites[0].span.end_line, sites[0].span.end_column) == (8, 8)  # clamped to the real end of the text
    assert [p.code for p in problems] == ["syntax-error"]


def test_closing_suffix_skips_strings_comments_and_templates() -> None:
    assert closing_suffix("f({ a: [1, `x ${y") == "\n}`]})"
    assert closing_suffix("a(\"(\", '[' /* ( */) // {") == ""


def test_clean_file_has_no_problems() -> None:
    sites, problems = scan_js_source(
        HEAD + 'client.chat.completions.create({ model: "gpt-4o", messages: [] });\n', "a.ts"
    )
    assert len(sites) == 1 and problems == []


def test_nul_bytes_and_oversized_files_are_problems_not_exceptions() -> None:
    assert scan_js_source("openai\x00\x01", "bin.js")[1][0].code == "file-unreadable"
    big = "// openai\n" + "x" * (MAX_FILE_BYTES + 1)
    sites, problems = scan_js_source(big, "bundle.min.js")
    assert sites == [] and problems[0].code == "file-too-large"


def test_deeply_nested_code_is_scanned_without_recursion_errors() -> None:
    depth = 5000
    text = HEAD + "const x = " + "[" * depth + "1" + "]" * depth + ";\n" + "f(" * depth + ")" * depth + ";\n"
    text += "g(" * 300 + 'client.chat.completions.create({ model: "gpt-4o", messages: [] })' + ")" * 300 + ";\n"
    sites, problems = scan_js_source(text, "deep.js")
    assert [(s.line, s.model) for s in sites] == [(5, "gpt-4o")] and problems == []


def test_moderately_nested_code_is_scanned() -> None:
    depth = 60
    text = (
        HEAD + "f(" * depth + 'client.chat.completions.create({ model: "gpt-4o", messages: [] })' + ")" * depth + ";\n"
    )
    sites, problems = scan_js_source(text, "nested.js")
    assert [s.line for s in sites] == [3] and problems == []


def test_cyclic_constants_terminate() -> None:
    site = only(
        HEAD + "const a = b;\nconst b = a;\nconst c = c.d;\n"
        "client.chat.completions.create({ model: a ?? c, messages: [] });\n"
    )
    assert site.model_source == "config-default"


def test_columns_are_code_points_not_bytes() -> None:
    site = only(
        HEAD
        + 'const 名前 = "こんにちは"; const r = client.chat.completions.create({ model: "gpt-4o", messages: [] });\n'
    )
    line = (HEAD.splitlines() + ['const 名前 = "こんにちは"; const r = client'])[-1]
    assert site.span.column == line.index("client")
    assert site.model_span is not None and site.model_span.column == site.span.column + len(
        "client.chat.completions.create({ model: "
    )


def test_files_without_sdk_words_are_rejected_before_parsing() -> None:
    assert not mentions_llm_sdk("export const add = (a: number, b: number) => a + b;\n")
    assert mentions_llm_sdk('import { generateText } from "ai";')


_CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.ts"))[:12]]


@settings(max_examples=60, deadline=None, database=None)
@given(st.integers(0, len(_CORPUS_TEXTS) - 1), st.data())
def test_any_truncation_or_splice_of_real_files_never_raises(index: int, data: st.DataObject) -> None:
    text = _CORPUS_TEXTS[index]
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.text(alphabet="{}()[]<>`'\"/*;,.=$ \n", max_size=8))
    sites, problems = scan_js_source(text[:cut] + junk + text[cut // 2 :], "fuzz.tsx")
    assert all(s.prompt_tokens >= 0 and s.output_tokens > 0 and s.model for s in sites)
    assert all(p.code in ("syntax-error",) for p in problems)


def test_concurrent_scans_agree_with_serial_scans() -> None:
    """The language server scans documents in worker threads; parsers must not be shared between them."""
    from concurrent.futures import ThreadPoolExecutor

    paths = sorted(CORPUS.rglob("*.ts"))[:16]

    def summary(path) -> list[tuple[int, str, str | None]]:
        sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path))
        return [(s.line, s.api, s.model) for s in sites]

    serial = [summary(p) for p in paths]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(summary, paths * 3)) == serial * 3


def test_missing_tree_sitter_is_a_problem_record(monkeypatch) -> None:
    import sys

    from rice_core.scan.js import parse

    monkeypatch.setitem(sys.modules, "tree_sitter_typescript", None)  # import fails as if not installed
    monkeypatch.setattr(parse, "_LOCAL", type(parse._LOCAL)())
    parse.language_for.cache_clear()
    try:
        sites, problems = scan_js_source(
            HEAD + 'client.chat.completions.create({ model: "gpt-4o", messages: [] });\n', "m.ts"
        )
    finally:
        parse.language_for.cache_clear()
    assert sites == [] and [p.code for p in problems] == ["frontend-missing"]
