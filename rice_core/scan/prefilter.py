"""Cheap pre-filter: a source file that mentions none of the trigger words cannot make an LLM call we recognise,
so it is rejected before decoding or parsing (plain ``bytes in`` searches)."""
from __future__ import annotations

import functools

# Every package root of the SDK table, plus words JS/TS SDKs use; lower-case ASCII.
PY_TRIGGERS: tuple[bytes, ...] = (
    b"openai", b"anthropic", b"litellm", b"langchain", b"llama_index", b"genai", b"generativeai", b"mistral",
    b"cohere", b"ollama", b"huggingface_hub", b"transformers", b"vllm", b"completion", b"groq", b"together",
    b"instructor", b"llm",
)
JS_EXTRA: tuple[bytes, ...] = (b"@ai-sdk", b"generateText", b"streamText", b"@google/", b"bedrock", b"gemini")


@functools.cache
def js_triggers() -> tuple[bytes, ...]:
    """Python triggers + JS words + any ``TRIGGER_WORDS`` the JS front end declares."""
    extra: tuple[bytes, ...] = ()
    try:
        from rice_core.scan import js

        extra = tuple(w.encode() if isinstance(w, str) else w for w in getattr(js, "TRIGGER_WORDS", ()))
    except ImportError:
        pass
    return PY_TRIGGERS + JS_EXTRA + extra


def may_call_llm(data: bytes, language: str) -> bool:
    """False when the file certainly has no LLM call for its front end; prompt files always pass."""
    if language == "prompt":
        return True
    triggers = PY_TRIGGERS if language == "python" else js_triggers()
    return any(word in data for word in triggers)
