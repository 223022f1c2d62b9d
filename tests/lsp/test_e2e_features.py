"""End to end over stdio: inlay hints, hover, code lens, diagnostics and code actions on real Python code."""

from __future__ import annotations

import re
from pathlib import Path

from lsprotocol import types as T
from pytest_lsp import LanguageClient

from rice_core.config.load import load_config
from rice_lsp.analysis import analyse_text
from rice_lsp.code_lens import lens_title
from rice_lsp.inlay_hints import hint_label

from rice_core.workload.lengths import output_kind

from .conftest import (
    APP_PY,
    code_lenses,
    diagnostics_for,
    hover_at,
    inlay_hints,
    open_doc,
)

CALL_LINE = 6  # 0-based line of "return client.chat.completions.create(" in APP_PY
# issue 16: the hint shows the expected reply under the cap (defaults.output_tokens 300 here): E[min(L, 300)]
CHAT_UNDER_300 = round(output_kind("chat").expected(300))  # type: ignore[union-attr]
HINT_RE = re.compile(rf"^≈ [\d.]+k?→{CHAT_UNDER_300} tok · [\d.]+ m?Wh · [\d.]+ m?gCO₂e$")
LENS_RE = re.compile(r"^[\d.]+ (g|kg|t) CO₂e/month at 1,000/day · [\d.]+% of budget$")


def expected_figures(workspace: Path, text: str, name: str = "app.py"):
    """What the core itself computes for this text (the server must show exactly these figures)."""
    return analyse_text(text, name, load_config(workspace), 5_000_000)


async def test_hint_lens_and_hover_show_the_core_figures(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    hints = await inlay_hints(client, uri)
    expected = expected_figures(workspace, APP_PY).calls
    assert len(hints) == len(expected) == 1
    assert hints[0].position == T.Position(CALL_LINE, len(APP_PY.splitlines()[CALL_LINE]))
    assert hints[0].label == hint_label(expected[0])
    assert HINT_RE.match(str(hints[0].label)), hints[0].label

    lenses = await code_lenses(client, uri)
    assert [lens.range.start.line for lens in lenses] == [CALL_LINE]
    assert lenses[0].command is not None and lenses[0].command.title == lens_title(expected[0])
    assert LENS_RE.match(lenses[0].command.title), lenses[0].command.title

    hover = await hover_at(client, uri, CALL_LINE + 1, 10)  # inside the call, on the model argument line
    assert hover is not None and isinstance(hover.contents, T.MarkupContent)
    text = hover.contents.value
    for needle in (
        "`gpt-4o`",
        "params",
        "Hardware",
        "batch",
        "prefill",
        "decode",
        "GPU",
        "facility",
        "PUE",
        "Grid",
        "region",
        "CO₂e per call",
        "range",
        "1,000/day",
        "CO₂e/month",
        "Assumptions",
    ):
        assert needle in text, f"{needle!r} missing from hover:\n{text}"
    assert await hover_at(client, uri, 0, 3) is None  # the import line is not a call


async def test_unknown_and_unresolved_models_are_information_with_codes(
    client: LanguageClient, workspace: Path
) -> None:
    uri = (workspace / "models.py").as_uri()
    text = APP_PY.replace('model="gpt-4o"', 'model="gpt-9-imaginary"') + (
        "\n\ndef other(name):\n    return client.chat.completions.create(model=pick_model(name), messages=[])\n"
        '\n\ndef third(q):\n    return client.chat.completions.create(model="gpt-4o", messages=build_messages(q))\n'
    )
    open_doc(client, uri, text)
    diags = await diagnostics_for(client, uri, lambda d: len(d) >= 3)
    by_code = {d.code: d for d in diags}
    unknown = by_code["unknown-model"]
    assert unknown.severity == T.DiagnosticSeverity.Information
    assert unknown.code_description is not None and unknown.code_description.href.endswith("#problem-unknown-model")
    assert unknown.range.start.line == CALL_LINE + 1  # on the model argument
    unresolved = by_code["unresolved-model"]
    assert unresolved.severity == T.DiagnosticSeverity.Information
    assert unresolved.range.start.line == text.splitlines().index(
        "    return client.chat.completions.create(model=pick_model(name), messages=[])"
    )
    prompt = by_code["unresolved-prompt"]
    assert prompt.severity == T.DiagnosticSeverity.Information
    assert prompt.range.start.line == len(text.splitlines()) - 1
    assert "default-output-tokens" not in by_code  # defaults are listed in the hover, not as diagnostics


async def test_call_over_the_per_call_ceiling_is_a_warning(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "rice.yaml").as_uri()
    yaml_text = (workspace / "rice.yaml").read_text() + "  per_call_co2e_g: 0.000001\n"
    open_doc(client, uri, yaml_text, "yaml")
    app = (workspace / "app.py").as_uri()
    open_doc(client, app, APP_PY)
    diags = await diagnostics_for(client, app, lambda d: any(x.code == "over-call-ceiling" for x in d))
    warning = next(d for d in diags if d.code == "over-call-ceiling")
    assert warning.severity == T.DiagnosticSeverity.Warning
    assert warning.range.start.line == CALL_LINE
    assert "per-call ceiling" in warning.message


async def test_code_actions_switch_model_set_volume_and_ignore(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    await diagnostics_for(client, uri)
    params = T.CodeActionParams(
        T.TextDocumentIdentifier(uri),
        T.Range(T.Position(CALL_LINE, 0), T.Position(CALL_LINE, 5)),
        T.CodeActionContext(diagnostics=[]),
    )
    actions = [a for a in await client.text_document_code_action_async(params) or [] if isinstance(a, T.CodeAction)]
    titles = [a.title for a in actions]
    switches = [a for a in actions if a.title.startswith("Switch to ")]
    assert switches, titles
    assert all(re.match(r"^Switch to \S+ \(−[\d.]+% CO₂e; .+ tier.*\)$", a.title) for a in switches), titles
    edit = switches[0].edit.document_changes[0].edits[0]
    assert edit.range.start == T.Position(CALL_LINE + 1, APP_PY.splitlines()[CALL_LINE + 1].index('"gpt-4o"'))
    assert re.match(r'^"[^"]+"$', edit.new_text) and edit.new_text != '"gpt-4o"'

    volume = next(a for a in actions if a.title == "Set request volume for this call")
    volume_edit = volume.edit.document_changes[0].edits[0]
    assert volume_edit.range == T.Range(T.Position(CALL_LINE, 0), T.Position(CALL_LINE, 0))
    assert volume_edit.new_text == "    # rice: volume=1000/day\n"
    ignore = next(a for a in actions if a.title == "Ignore this call")
    assert ignore.edit.document_changes[0].edits[0].new_text == "    # rice: ignore\n"


async def test_ignored_call_has_no_hint(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "ignored.py").as_uri()
    text = APP_PY.replace("    return client.chat", "    # rice: ignore\n    return client.chat")
    open_doc(client, uri, text)
    assert await inlay_hints(client, uri) == []


async def test_untitled_document_gets_hints(client: LanguageClient, workspace: Path) -> None:
    uri = "untitled:Untitled-1"
    open_doc(client, uri, APP_PY)
    hints = await inlay_hints(client, uri)
    assert len(hints) == 1 and hints[0].position.line == CALL_LINE


async def test_utf16_positions_on_lines_with_emoji_and_cjk(client: LanguageClient, workspace: Path) -> None:
    line = 'r = client.chat.completions.create(messages=[{"role": "user", "content": "😀🎉 你好世界"}], model="gpt-9-imaginary")  # 🚀'
    text = "from openai import OpenAI\nclient = OpenAI()\n" + line + "\n"
    uri = (workspace / "emoji.py").as_uri()
    open_doc(client, uri, text)

    def utf16(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    hints = await inlay_hints(client, uri)
    assert [h.position for h in hints] == [T.Position(2, utf16(line))]
    assert utf16(line) == len(line) + 3  # 😀 🎉 🚀 take two units each
    diags = await diagnostics_for(client, uri, lambda d: any(x.code == "unknown-model" for x in d))
    unknown = next(d for d in diags if d.code == "unknown-model")
    model_at = line.index('"gpt-9-imaginary"')
    assert unknown.range.start == T.Position(2, utf16(line[:model_at]))
    assert unknown.range.end == T.Position(2, utf16(line[: model_at + len('"gpt-9-imaginary"')]))
    hover = await hover_at(client, uri, 2, utf16(line[:model_at]) + 2)
    assert hover is not None


async def test_prompt_files_get_token_hints_and_an_estimate_when_they_name_a_model(
    client: LanguageClient, workspace: Path
) -> None:
    dotprompt = (
        "---\nmodel: openai/gpt-4o\nconfig:\n  max_tokens: 200\n---\nSummarise {{text}} in three bullet points.\n"
    )
    uri = (workspace / "prompts" / "summary.prompt").as_uri()
    open_doc(client, uri, dotprompt, "prompt")
    hints = await inlay_hints(client, uri)
    expected = expected_figures(workspace, dotprompt, "prompts/summary.prompt").calls
    assert [h.label for h in hints] == [hint_label(expected[0])]
    summary = round(output_kind("summarisation").expected(200))  # type: ignore[union-attr]  # "Summarise …", cap 200
    assert re.match(rf"^≈ \d+→{summary} tok · [\d.]+ m?Wh · [\d.]+ m?gCO₂e$", str(hints[0].label))

    jinja = "You are a helpful assistant.\nSummarise {{ text }} in three bullet points.\n"
    jinja_uri = (workspace / "prompts" / "summary.jinja").as_uri()
    open_doc(client, jinja_uri, jinja, "jinja")
    hints = await inlay_hints(client, jinja_uri)
    assert len(hints) == 1 and re.match(r"^≈ \d+ tok$", str(hints[0].label))
    assert await code_lenses(client, jinja_uri) == []
    hover = await hover_at(client, jinja_uri, hints[0].position.line, 0)
    assert hover is not None and "| Model | none named |" in hover.contents.value  # type: ignore[union-attr]


async def test_typescript_calls_get_hints_and_slash_slash_annotations(client: LanguageClient, workspace: Path) -> None:
    text = (
        'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function ask(q: string) {\n'
        '  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });\n}\n'
    )
    uri = (workspace / "ask.ts").as_uri()
    open_doc(client, uri, text, "typescript")
    hints = await inlay_hints(client, uri)
    assert [h.position.line for h in hints] == [3]
    assert HINT_RE.match(str(hints[0].label)), hints[0].label  # no max tokens: the default 300
    params = T.CodeActionParams(
        T.TextDocumentIdentifier(uri), T.Range(T.Position(3, 0), T.Position(3, 0)), T.CodeActionContext(diagnostics=[])
    )
    actions = [a for a in await client.text_document_code_action_async(params) or [] if isinstance(a, T.CodeAction)]
    ignore = next(a for a in actions if a.title == "Ignore this call")
    assert ignore.edit.document_changes[0].edits[0].new_text == "  // rice: ignore\n"
