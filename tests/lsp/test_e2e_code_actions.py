"""End to end over stdio: "switch model" code actions keep the call's route, offer lighter siblings and same-tier
models, say the trade-off, honour ``context.only``, and offer nothing for an unknown model."""

from __future__ import annotations

import re
from pathlib import Path

from lsprotocol import types as T
from pytest_lsp import LanguageClient

from rice_core.catalog._names import provider_prefix
from rice_core.catalog.models import lookup_model

from .conftest import diagnostics_for, open_doc

TITLE = re.compile(r"^Switch to (?P<model>\S+) \(−[\d.]+% CO₂e; (?P<trade>.+)\)$")


def app(sdk_line: str, call: str) -> str:
    return f"{sdk_line}\n\n\ndef run(prompt):\n    return {call}\n"


async def actions(client: LanguageClient, workspace: Path, text: str, only: list[str] | None = None):
    uri = (workspace / "switch.py").as_uri()
    open_doc(client, uri, text)
    await diagnostics_for(client, uri)
    line = text.splitlines().index(next(x for x in text.splitlines() if "return" in x))
    params = T.CodeActionParams(
        T.TextDocumentIdentifier(uri),
        T.Range(T.Position(line, 0), T.Position(line, 5)),
        T.CodeActionContext(diagnostics=[], only=only),
    )
    return [a for a in await client.text_document_code_action_async(params) or [] if isinstance(a, T.CodeAction)]


def switches(found: list[T.CodeAction]) -> dict[str, T.CodeAction]:
    """Switch actions by the model name they write (checked against the edit itself)."""
    out = {}
    for action in found:
        match = TITLE.match(action.title)
        if match is None:
            continue
        assert action.kind == T.CodeActionKind.RefactorRewrite
        edit = action.edit.document_changes[0].edits[0]
        assert edit.new_text == f'"{match["model"]}"', (action.title, edit.new_text)
        out[match["model"]] = action
    return out


async def test_litellm_ollama_route_is_kept(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "import litellm",
        'litellm.completion(model="ollama/llama3.1:8b", messages=[{"role": "user", "content": prompt}])',
    )
    found = switches(await actions(client, workspace, text))
    assert found and all(m.startswith("ollama/") and provider_prefix(m) == "ollama" for m in found), list(found)
    assert "ollama/llama3.2:3b" in found or "ollama/llama3.2:1b" in found, list(found)


async def test_openrouter_vendor_model_route_is_kept_and_offers_other_vendors(
    client: LanguageClient, workspace: Path
) -> None:
    text = app(
        'from openai import OpenAI\nclient = OpenAI(base_url="https://openrouter.ai/api/v1")',
        'client.chat.completions.create(model="anthropic/claude-3.5-sonnet", messages=[])',
    )
    found = switches(await actions(client, workspace, text))
    assert "anthropic/claude-3.5-haiku" in found, list(found)
    assert all(re.match(r"^[a-z-]+/[\w.:-]+$", m) for m in found), list(found)
    others = [m for m in found if not m.startswith("anthropic/")]
    assert others and all("same mid tier, other vendor" in found[m].title for m in others), list(found)


async def test_bedrock_id_keeps_region_and_runtime(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "import boto3\nbedrock = boto3.client('bedrock-runtime')",
        'bedrock.converse(modelId="us.anthropic.claude-3-5-sonnet-20241022-v2:0", messages=[])',
    )
    found = switches(await actions(client, workspace, text))
    assert "us.anthropic.claude-3-5-haiku-20241022-v1:0" in found, list(found)
    assert all(m.startswith("us.") and provider_prefix(m) == "bedrock" for m in found), list(found)


async def test_gpt_4o_is_offered_its_mini_sibling_with_the_trade_off(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "from openai import OpenAI\nclient = OpenAI()", 'client.chat.completions.create(model="gpt-4o", messages=[])'
    )
    found = switches(await actions(client, workspace, text))
    assert "gpt-4o-mini" in found, list(found)
    assert found["gpt-4o-mini"].title.endswith("; light tier, was top: check answer quality)")
    assert all(lookup_model(m).provider == "openai" for m in found)  # a direct OpenAI client: OpenAI models only


async def test_claude_sonnet_is_offered_a_haiku(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "import anthropic\nclient = anthropic.Anthropic()",
        'client.messages.create(model="claude-sonnet-4-5", max_tokens=300, messages=[])',
    )
    found = switches(await actions(client, workspace, text))
    assert any(lookup_model(m).family == "claude-haiku" for m in found), list(found)
    assert all(lookup_model(m).provider == "anthropic" for m in found)


async def test_unknown_model_gets_no_switch(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "from openai import OpenAI\nclient = OpenAI()",
        'client.chat.completions.create(model="my-private-model", messages=[])',
    )
    found = await actions(client, workspace, text)
    assert switches(found) == {} and not [a for a in found if a.title.startswith("Switch")]
    assert {a.title for a in found} == {"Set request volume for this call", "Ignore this call"}


async def test_context_only_is_honoured(client: LanguageClient, workspace: Path) -> None:
    text = app(
        "from openai import OpenAI\nclient = OpenAI()", 'client.chat.completions.create(model="gpt-4o", messages=[])'
    )
    quickfix = await actions(client, workspace, text, [T.CodeActionKind.QuickFix])
    assert quickfix and all(a.kind == T.CodeActionKind.QuickFix for a in quickfix), [a.title for a in quickfix]
    refactor = await actions(client, workspace, text, [T.CodeActionKind.Refactor])
    assert refactor and all(a.kind == T.CodeActionKind.RefactorRewrite for a in refactor), [a.title for a in refactor]
    assert await actions(client, workspace, text, [T.CodeActionKind.Source]) == []
