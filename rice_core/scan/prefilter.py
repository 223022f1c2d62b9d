"""Cheap pre-filter: a source file that mentions none of the trigger words cannot make an LLM call we recognise,
so it is rejected before decoding or parsing (plain ``bytes in`` searches)."""

from __future__ import annotations

import functools
from collections.abc import Callable

# SDK package names (common English words only in their import form), the receiver-agnostic method paths and
# raw-HTTP endpoint paths the Python front end can match; lower-case ASCII, searched with ``bytes in``.
PY_TRIGGERS: tuple[bytes, ...] = (
    b"openai",
    b"anthropic",
    b"litellm",
    b"langchain",
    b"llama_index",
    b"genai",
    b"generativeai",
    b"mistralai",
    b"cohere",
    b"ollama",
    b"huggingface_hub",
    b"vllm",
    b"groq",
    b"llm",
    b"vertexai",
    b"bedrock",
    b"import transformers",
    b"from transformers",
    b"import together",
    b"from together",
    b".completions.",
    b"messages.create",
    b"messages.stream",
    b"messages.parse",
    b"generate_content",
    b"chat.complete",
    b"generateContent",
    b"GenerateContent",  # :streamGenerateContent
    b":generateText",
    b"/completions",  # raw HTTP to an OpenAI-compatible server whose host is read from the environment
    b"/v1/responses",
    b"/v1/chat",
    b"/api/chat",
    b"/api/generate",
    b"/v1/messages",
    b"api-inference.huggingface",  # Hugging Face Inference API over raw HTTP
    b"hf-inference/models",
    b"llama_cpp",
    b"mlx_lm",
    b"dspy",
    b"haystack",
    b"semantic_kernel",
    b"crewai",
    b"autogen",
    b".kickoff(",
    b"smolagents",
    b"instructor",
    b"from agents import",  # OpenAI Agents SDK (Runner.run)
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
