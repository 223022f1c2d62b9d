"""Import- and alias-awareness: renamed imports, require, namespaces, class fields, typed parameters."""

from __future__ import annotations

import pytest

from .helpers import only, scan

# `completions.create` is only recognised on a resolved client, so these tests check the binding, not the shape.
CALL = '.completions.create({ model: "gpt-4o", prompt: "hi" })'


@pytest.mark.parametrize(
    "head",
    [
        'import OpenAI from "openai";\nconst ai = new OpenAI();\n',
        'import { OpenAI as Client } from "openai";\nconst ai = new Client();\n',
        'import * as oa from "openai";\nconst ai = new oa.OpenAI();\n',
        'const OpenAI = require("openai");\nconst ai = new OpenAI();\n',
        'const OpenAI = require("openai").default;\nconst ai = new OpenAI();\n',
        'import OpenAI = require("openai");\nconst ai = new OpenAI();\n',
    ],
)
def test_client_construction_forms(head: str) -> None:
    """`completions.create` is not recognised on an unknown receiver: only a resolved client makes it a call."""
    site = only(head + 'await ai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });\n')
    assert (site.sdk, site.api, site.model) == ("openai", "completions.create", "gpt-3.5-turbo-instruct")


def test_class_field_and_constructor_assignment() -> None:
    sites = scan(
        'import OpenAI from "openai";\nimport Anthropic from "@anthropic-ai/sdk";\n'
        "class Bot {\n  private oa = new OpenAI();\n  private claude: Anthropic;\n"
        "  constructor() { this.claude = new Anthropic(); }\n"
        f"  a() {{ return this.oa{CALL}; }}\n"
        '  b() { return this.claude.completions.create({ model: "claude-2.1", max_tokens_to_sample: 9, prompt: "x" }); }\n'
        "}\n"
    )
    assert [(s.sdk, s.function) for s in sites] == [("openai", "Bot.a"), ("anthropic", "Bot.b")]


def test_typed_parameters_and_parameter_properties() -> None:
    sites = scan(
        'import type OpenAI from "openai";\nimport { ChatOpenAI } from "@langchain/openai";\n'
        f"export async function f(client: OpenAI) {{ return client{CALL}; }}\n"
        "class S {\n  constructor(private readonly llm: ChatOpenAI) {}\n"
        '  run() { return this.llm.invoke("hi"); }\n}\n'
    )
    assert [(s.sdk, s.api) for s in sites] == [("openai", "completions.create"), ("langchain", "invoke")]
    assert "unresolved-model" in {w.code for w in sites[1].warnings}  # the model is not visible here


def test_inline_construction_and_passthrough_methods() -> None:
    sites = scan(
        'import OpenAI from "openai";\nimport { ChatAnthropic } from "@langchain/anthropic";\n'
        f"await new OpenAI(){CALL};\n"
        'const llm = new ChatAnthropic({ model: "claude-3-5-haiku-latest" }).withRetry({ stopAfterAttempt: 2 });\n'
        'await llm.bindTools([]).invoke("x");\n'
    )
    assert [(s.sdk, s.model) for s in sites] == [("openai", "gpt-4o"), ("langchain", "claude-3-5-haiku-latest")]


def test_inner_scope_shadows_outer_binding() -> None:
    site = only(
        'import OpenAI from "openai";\nconst client = new OpenAI();\nconst M = "gpt-4o";\n'
        'function f() {\n  const M = "o3-mini";\n'
        "  return client.chat.completions.create({ model: M, messages: [] });\n}\n"
    )
    assert site.model == "o3-mini"


def test_unknown_receivers_need_evidence() -> None:
    twilio = (
        'import twilio from "twilio";\nconst client = twilio(sid, token);\n'
        'await client.messages.create({ body: "hi", from: "+1", to: "+2" });\n'
    )
    anthropic_from_factory = (
        'import { getClient } from "./anthropic";\n'
        'await getClient().messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 5, messages: [] });\n'
    )
    shaped = 'import { ctx } from "./ctx";\nawait ctx.llm.chat.completions.create({ model: "gpt-4o", messages: [] });\n'
    assert scan(twilio) == []
    assert [s.sdk for s in scan(anthropic_from_factory)] == ["anthropic"]
    assert [s.sdk for s in scan(shaped)] == ["openai"]


def test_local_lookalike_without_model_is_not_a_call() -> None:
    assert (
        scan(
            "const fake = { chat: { completions: { create: async () => ({}) } } };\n"
            "await fake.chat.completions.create({ messages: [] });\n"
        )
        == []
    )


@pytest.mark.parametrize(
    "receiver",
    [
        "const client = { chat: { completions: { create: vi.fn() } } };",
        "class FakeOpenAI { chat = { completions: { create: async () => ({}) } }; }\nconst client = new FakeOpenAI();",
        "const client = mockDeep<OpenAI>();",
        "const client = vi.mocked(new OpenAI());",
    ],
)
def test_test_doubles_and_local_fakes_are_not_calls_even_with_every_key(receiver: str) -> None:
    assert (
        scan(
            'import OpenAI from "openai";\n' + receiver + "\n"
            'await client.chat.completions.create({ model: "gpt-4o", messages: [] });\n'
        )
        == []
    )


def test_require_of_unrelated_module_and_strings_are_ignored() -> None:
    assert (
        scan(
            'const snippet = `await client.chat.completions.create({ model: "gpt-4o", messages })`;\n'
            '// await openai.chat.completions.create({ model: "gpt-4o", messages })\n'
        )
        == []
    )
