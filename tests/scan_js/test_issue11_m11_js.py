"""Issue 11 JS/TS families seen on the b20–b26 real-code batches (M11): LangChain.js legacy chains, same-origin
proxies to provider APIs and Hugging Face Inference, Bedrock commands from builder functions, Gemini clients and
Vercel providers made in a ternary, model parameters filled by the file's callers. Fixtures in ``corpus/families``
and ``corpus/negatives`` were written for these tests from the SDKs' documented patterns."""

from __future__ import annotations

import pytest


from .helpers import fixture_sites

# file, line, sdk, api, model, model_source
EXPECTED = {
    "families/langchain-legacy-chains.mjs": [
        (13, "langchain", "invoke", "gemini-1.5-flash", "client"),
        (15, "langchain", "call", "claude-3-5-haiku-20241022", "client"),
        (17, "langchain", "invoke", "claude-3-5-haiku-20241022", "client"),
        (21, "langchain", "invoke", "gemini-1.5-flash", "client"),
    ],
    "families/http-provider-proxy.js": [
        (6, "http-openai", "chat.completions", "gpt-4.1-mini", "literal"),
        (15, "http-anthropic", "messages", "claude-3-5-haiku-20241022", "literal"),
        (24, "http-gemini", "generateContent", "gemini-1.5-flash", "literal"),
        (33, "http-huggingface", "text-generation", "HuggingFaceH4/zephyr-7b-beta", "literal"),
    ],
    "families/bedrock-command-builder.mjs": [
        (14, "bedrock", "InvokeModelCommand", "anthropic.claude-3-haiku-20240307-v1:0", "literal"),
        (25, "bedrock", "ConverseCommand", "amazon.nova-lite-v1:0", "literal"),
    ],
    "families/gemini-guarded-client.tsx": [
        (10, "google-generativeai", "generateContent", "gemini-1.5-flash", "client")
    ],
    "families/vercel-model-params.ts": [
        (11, "vercel-ai", "generateText", "llama-3.1-8b-instant", "env-default"),
        (15, "vercel-ai", "generateText", "gemini-2.0-flash", "constant"),
        (23, "vercel-ai", "generateText", "gpt-4o-mini", "config-default"),  # two callers, two models
    ],
    "negatives/langchain-chain-setup.mjs": [],
    "negatives/http-own-routes.js": [],
    "negatives/bedrock-admin-builder.mjs": [],
    "negatives/gemini-maybe-client.tsx": [],
}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_fixture_calls(rel):
    assert fixture_sites(rel) == EXPECTED[rel]
