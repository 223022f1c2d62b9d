"""Model, prompt and output-token resolution: every source value and the warnings that go with it."""

from __future__ import annotations

import pytest

from rice_core.tokens import count_messages, count_text

from .helpers import codes, only

HEAD = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'


def _chat(model_expr: str, before: str = "") -> str:
    return HEAD + before + f"client.chat.completions.create({{ model: {model_expr}, messages: [], max_tokens: 5 }});\n"


@pytest.mark.parametrize(
    ("before", "expr", "model", "source"),
    [
        ("", '"gpt-4o"', "gpt-4o", "literal"),
        ("", "'gpt-4o'", "gpt-4o", "literal"),
        ('const M = "gpt-4.1";\n', "M", "gpt-4.1", "constant"),
        ('const FAMILY = "gpt-4o";\nconst M = `${FAMILY}-mini`;\n', "M", "gpt-4o-mini", "template"),
        ('const V = "4o";\n', "`gpt-${V}`", "gpt-4o", "template"),
        ('const CFG = { chat: { model: "o3-mini" } } as const;\n', "CFG.chat.model", "o3-mini", "constant"),
        ("", 'process.env.MODEL ?? "gpt-4o"', "gpt-4o", "env-default"),
        ("", 'process.env.MODEL || "gpt-4o"', "gpt-4o", "env-default"),
        ("", 'import.meta.env.VITE_MODEL ?? "gpt-4o"', "gpt-4o", "env-default"),
        ('const M = process.env["MODEL"] ?? "gpt-4o";\n', "M", "gpt-4o", "env-default"),
        ("", 'Deno.env.get("MODEL") ?? "gpt-4o"', "gpt-4o", "env-default"),
        ("", '"gpt-" + "4o"', "gpt-4o", "literal"),
    ],
)
def test_model_sources(before: str, expr: str, model: str, source: str) -> None:
    site = only(_chat(expr, before))
    assert (site.model, site.model_source) == (model, source)
    assert ("model-from-env" in codes(site)) == (source == "env-default")
    assert "unresolved-model" not in codes(site)


def test_literal_model_span_points_at_the_string() -> None:
    site = only(HEAD + 'client.chat.completions.create({ model: "gpt-4o", messages: [] });\n')
    assert site.model_span is not None
    assert (site.model_span.line, site.model_span.column, site.model_span.end_column) == (3, 40, 48)


def test_wrapper_default_parameter() -> None:
    site = only(
        HEAD + 'async function ask(q: string, model = "gpt-4o-mini") {\n'
        '  return client.chat.completions.create({ model, messages: [{ role: "user", content: q }] });\n}\n'
    )
    assert (site.model, site.model_source, site.function) == ("gpt-4o-mini", "wrapper-default", "ask")


def test_unresolved_model_falls_back_to_configured_default(config_placeholder_10) -> None:
    site = only(_chat("req.body.model"), config=config_placeholder_10)
    assert (site.model, site.model_source) == ("gpt-4o", "config-default")
    assert "unresolved-model" in codes(site)


def test_env_without_default_is_unresolved_and_says_env() -> None:
    site = only(_chat("process.env.OPENAI_MODEL!"))
    assert site.model_source == "config-default"
    assert {"unresolved-model", "model-from-env"} <= codes(site)


def test_messages_are_counted_with_the_core_counter() -> None:
    site = only(
        HEAD + 'const SYSTEM = "You are terse.";\nclient.chat.completions.create({ model: "gpt-4o", '
        'messages: [{ role: "system", content: SYSTEM }, { role: "user", content: "Name three colours." }] });\n'
    )
    expected = count_messages(
        [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Name three colours."}], "gpt-4o"
    )
    assert (site.prompt_tokens, site.literal_prompt_tokens, site.prompt_source) == (expected, expected, "literal")


def test_template_placeholders_use_the_configured_count(config_placeholder_10) -> None:
    site = only(
        HEAD + 'client.chat.completions.create({ model: "gpt-4o", '
        'messages: [{ role: "user", content: `Translate ${text} into ${zz}.` }] });\n',
        config=config_placeholder_10,
    )
    # issue 16: ${text} is sized by its name (a document, 781); ${zz} says nothing: the configured 10
    assert (site.estimated_prompt_tokens, site.prompt_source) == (791, "template")
    assert site.prompt_tokens == site.literal_prompt_tokens + 791
    assert "prompt-placeholders-estimated" in codes(site)


def test_plain_string_prompt_uses_count_text() -> None:
    site = only(
        'import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\n'
        'const INTRO = "Write a haiku about the sea.";\n'
        'await generateText({ model: openai("gpt-4o"), prompt: INTRO + " " + "Use simple words." });\n'
    )
    assert site.prompt_tokens == count_text("Write a haiku about the sea. Use simple words.", "gpt-4o")


def test_joined_arrays_dedent_and_content_parts() -> None:
    site = only(
        'import dedent from "dedent";\n' + HEAD + 'const RULES = ["Be kind.", "Be brief."].join("\\n");\n'
        'client.chat.completions.create({ model: "gpt-4o", messages: [\n'
        '  { role: "system", content: dedent`\n    Rules:\n    ${RULES}` },\n'
        '  { role: "user", content: [{ type: "text", text: "Describe." }, { type: "image_url", image_url: { url } }] },\n'
        "] });\n"
    )
    assert (site.prompt_source, site.estimated_prompt_tokens) == ("literal", 0)
    assert site.literal_prompt_tokens > 10


def test_unknown_prompt_is_flagged() -> None:
    site = only(
        HEAD
        + 'export function f(messages) {\n  return client.chat.completions.create({ model: "gpt-4o", messages });\n}\n'
    )
    assert (site.prompt_source, site.estimated_prompt_tokens) == ("default", 50)
    assert "unresolved-prompt" in codes(site)


@pytest.mark.parametrize(
    ("options", "tokens", "source"),
    [
        ("max_tokens: 11", 11, "argument"),
        ("max_completion_tokens: 12", 12, "argument"),
        ("max_output_tokens: 13", 13, "argument"),
        ("maxTokens: 14", 14, "argument"),
        ("maxOutputTokens: 15", 15, "argument"),
        ("max_tokens: LIMIT", 16, "argument"),
        ("max_tokens: 1_000", 1000, "argument"),
        ("config: { maxOutputTokens: 17 }", 17, "generation-config"),
        ("options: { num_predict: 18 }", 18, "generation-config"),
        ("temperature: 0", 300, "config-default"),
    ],
)
def test_output_tokens(options: str, tokens: int, source: str) -> None:
    site = only(
        HEAD + f'const LIMIT = 16;\nclient.chat.completions.create({{ model: "gpt-4o", messages: [], {options} }});\n'
    )
    assert (site.output_tokens, site.output_tokens_source) == (tokens, source)
    assert ("default-output-tokens" in codes(site)) == (source == "config-default")


def test_options_object_from_a_variable_with_spread() -> None:
    site = only(
        HEAD + 'const base = { model: "gpt-4.1-mini", max_tokens: 70 };\n'
        'const params = { ...base, messages: [{ role: "user", content: "hi" }] };\n'
        "client.chat.completions.create(params);\n"
    )
    assert (site.model, site.output_tokens, site.prompt_source) == ("gpt-4.1-mini", 70, "literal")
