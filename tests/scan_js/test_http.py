"""Raw HTTP calls to LLM endpoints (no SDK): fetch, axios, ky, ofetch — sdk/api names as on the Python side."""

from __future__ import annotations

import pytest

from .helpers import only, scan

BODY = '{ model: "gpt-4o-mini", max_tokens: 64, messages: [{ role: "user", content: "Say hi" }] }'


@pytest.mark.parametrize(
    "call",
    [
        f'fetch("https://api.openai.com/v1/chat/completions", {{ method: "POST", headers, body: JSON.stringify({BODY}) }})',
        f'fetch(`${{process.env.OPENAI_BASE_URL}}/chat/completions`, {{ method: "POST", body: JSON.stringify({BODY}) }})',
        f'axios.post("https://api.groq.com/openai/v1/chat/completions", {BODY}, {{ headers }})',
        f'ky.post("https://openrouter.ai/api/v1/chat/completions", {{ json: {BODY} }})',
        f'$fetch("https://api.openai.com/v1/chat/completions", {{ method: "POST", body: {BODY} }})',
    ],
)
def test_openai_compatible_http_calls(call: str) -> None:
    site = only(f"const headers = {{}};\nexport async function f() {{\n  return {call};\n}}\n")
    assert (site.sdk, site.api, site.model, site.output_tokens, site.prompt_source) == (
        "http-openai",
        "chat.completions",
        "gpt-4o-mini",
        64,
        "literal",
    )


def test_payload_from_a_variable_and_anthropic_endpoint() -> None:
    site = only(
        'const payload = { model: "claude-3-5-haiku-latest", max_tokens: 300, system: "Be brief.",\n'
        '  messages: [{ role: "user", content: question }] };\n'
        'const res = await fetch("https://api.anthropic.com/v1/messages", {\n'
        '  method: "POST", headers: { "x-api-key": key }, body: JSON.stringify(payload) });\n'
    )
    assert (site.sdk, site.api, site.model, site.line) == ("http-anthropic", "messages", "claude-3-5-haiku-latest", 3)


def test_gemini_rest_takes_the_model_from_the_url() -> None:
    site = only(
        'const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent";\n'
        'await fetch(`${URL}?key=${key}`, { method: "POST", body: JSON.stringify({\n'
        '  contents: [{ parts: [{ text: "Hello" }] }], generationConfig: { maxOutputTokens: 77 } }) });\n'
    )
    assert (site.sdk, site.model, site.output_tokens, site.output_tokens_source) == (
        "http-gemini",
        "gemini-1.5-flash",
        77,
        "generation-config",
    )


def test_ollama_rest_needs_an_ollama_host() -> None:
    ollama = only(
        'await fetch("http://localhost:11434/api/chat", { method: "POST", body: JSON.stringify({\n'
        '  model: "llama3.2", messages: [{ role: "user", content: "hi" }] }) });\n'
    )
    assert (ollama.sdk, ollama.api, ollama.model) == ("http-ollama", "chat", "llama3.2")


@pytest.mark.parametrize(
    "text",
    [
        # the app's own API route (relative URL), also with a query placeholder
        'await fetch("/api/chat", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });\n',
        'await fetch(`/api/chat?id=${id}`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });\n',
        # a remote /api/chat that is not Ollama
        'await fetch(`${origin}/api/chat`, { method: "POST", body: JSON.stringify({ messages }) });\n',
        # a GET of the models list, and a POST elsewhere
        'await fetch("https://api.openai.com/v1/models");\n',
        'await axios.post("https://hooks.slack.com/services/T000/B000/XXX", { text: "openai deploy done" });\n',
    ],
)
def test_non_llm_http_calls_are_ignored(text: str) -> None:
    assert scan("// openai\n" + text) == []
