"""Issue 11 JS/TS patterns seen on the b27–b33 real-code batches (R11): browser code posting to OpenAI's 2021
``/v1/engines/<model>/completions`` API and to Ollama with ``XMLHttpRequest``, a route forwarding the page's body
to a provider, a client imported through SvelteKit's ``$lib`` alias, a class field declared as a ``null``
placeholder and set in the constructor from a providers module, a chain parameter that the file's callers fill with
the chain they built, a model-name parameter they fill with one string, and transformers.js text-generation
pipelines called directly (priced as local). The fixtures were written for these tests from the APIs' documented
shapes."""

from __future__ import annotations

import pytest

from rice_core.scan.js import scan_js_source

from .helpers import CORPUS, fixture_sites

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
    "families/ollama-model-param.ts": [
        (6, "ollama", "chat", "qwen2.5:7b", "constant"),
        (11, "ollama", "generate", "gpt-4o-mini", "config-default"),  # callers pass two models
    ],
    "families/transformers-js-pipeline.ts": [
        (19, "transformers", "__call__", "onnx-community/Qwen2.5-0.5B-Instruct", "constant"),
        (26, "transformers", "__call__", "Xenova/flan-t5-small", "client"),
    ],
    "negatives/browser-own-api-xhr.js": [],
    "negatives/langchain-retriever-param.ts": [],
    "negatives/transformers-js-embeddings.ts": [],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixture_calls(rel):
    assert fixture_sites(rel) == EXPECTED[rel]


def test_engines_api_prices_the_prompt_and_cap():
    path = CORPUS / "families/browser-raw-http.js"
    sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), root=str(CORPUS))
    engines, xhr = sites
    assert engines.output_tokens == 180 and engines.output_tokens_source == "argument"
    assert xhr.output_tokens == 120 and xhr.output_tokens_source == "generation-config"
    assert xhr.extra["local"]["stack"] == "ollama"  # priced on your hardware


def test_transformers_js_runs_locally_with_the_call_options():
    path = CORPUS / "families/transformers-js-pipeline.ts"
    sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), root=str(CORPUS))
    assert [(s.output_tokens, s.output_tokens_source) for s in sites] == [(120, "argument"), (24, "argument")]
    assert {s.extra["local"]["stack"] for s in sites} == {"hf-transformers"}
