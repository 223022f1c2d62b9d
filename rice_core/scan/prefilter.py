"""Cheap pre-filter: a source file that mentions none of the trigger words cannot make an LLM call we recognise,
so it is rejected before decoding or parsing (plain ``bytes in`` searches)."""
from __future__ import annotations

import functools
from collections.abc import Callable

# Every package root of the SDK table, plus words JS/TS SDKs use; lower-case ASCII.
PY_TRIGGERS: tuple[bytes, ...] = (
    b"openai", b"anthropic", b"litellm", b"langchain", b"llama_index", b"genai", b"generativeai", b"mistral",
    b"cohere", b"ollama", b"huggingface_hub", b"transformers", b"vllm", b"completion", b"groq", b"together",
    b"instructor", b"llm", b"max_tokens", b"generate_content", b"chat.complete",
    b"generateContent", b"/api/chat", b"/api/generate", b"/v1/messages",  # raw HTTP endpoints
)
JS_EXTRA: tuple[bytes, ...] = (b"@ai-sdk", b"generateText", b"streamText", b"@google/", b"bedrock", b"gemini")


@functools.cache
def _js_test() -> Callable[[str], bool] | None:
    """The JS/TS front end's own pre-parse test (``mentions_llm_sdk``), when that front end is installed."""
    try:
        from rice_core.scan.js import mentions_llm_sdk
    except ImportError:
        return None
    return mentions_llm_sdk  # type: ignore[no-any-return]


def may_call_llm(data: bytes, language: str) -> bool:
    """False when the file certainly has no LLM call for its front end; prompt files always pass."""
    if language == "prompt":
        return True
    if language == "python":
        return any(word in data for word in PY_TRIGGERS)
    test = _js_test()
    if test is not None:
        return test(data.decode("utf-8", "replace"))
    return any(word in data for word in PY_TRIGGERS + JS_EXTRA)
