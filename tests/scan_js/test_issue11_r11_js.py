"""Issue 11 JS/TS patterns seen on the b27–b33 real-code batches (R11): browser code posting to OpenAI's 2021
``/v1/engines/<model>/completions`` API and to Ollama with ``XMLHttpRequest``, a route forwarding the page's body
to a provider, a client imported through SvelteKit's ``$lib`` alias, and a class field declared as a ``null`` placeholder and set in
the constructor from a providers module, and a chain parameter that the file's callers fill with the chain they
built. The fixtures were written for these
tests from the APIs' documented shapes."""

from __future__ import annotations

import pytest

from rice_core.scan.js import scan_js_source

from .helpers import CORPUS

# file → [(line, sdk, api, model, model_source)]
EXPECTED = {
    "families/browser-raw-http.js": [
        (7, "http-openai", "completions", "text-curie-001", "literal"),
        (20, "http-ollama", "generate", "qwen2.5:0.5b", "literal"),
    ],
    "families/anthropic-forwarding-route.ts": [(5, "http-anthropic", "messages", "gpt-4o-mini", "config-default")],
    "families/sveltekit-app/src/routes/api/draft/+server.ts": [
        (8, "openai", "chat.completions.create", "gpt-4o-mini", "config-default")
    ],
    "families/service-app/src/services/advisor.ts": [
        (15, "vercel-ai", "generateText", "mistral-small-latest", "constant")
    ],
    "families/langchain-chain-param.ts": [(9, "langchain", "invoke", "claude-3-5-haiku-latest", "client")],
    "negatives/browser-own-api-xhr.js": [],
    "negatives/langchain-retriever-param.ts": [],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixture_calls(rel):
    path = CORPUS / rel
    sites, problems = scan_js_source(path.read_text(encoding="utf-8"), str(path), root=str(CORPUS))
    assert problems == []
    assert [(s.line, s.sdk, s.api, s.model, s.model_source) for s in sites] == EXPECTED[rel]


def test_engines_api_prices_the_prompt_and_cap():
    path = CORPUS / "families/browser-raw-http.js"
    sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), root=str(CORPUS))
    engines, xhr = sites
    assert engines.output_tokens == 180 and engines.output_tokens_source == "argument"
    assert xhr.output_tokens == 120 and xhr.output_tokens_source == "generation-config"
    assert xhr.extra["local"]["stack"] == "ollama"  # priced on your hardware
