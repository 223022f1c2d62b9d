"""Local inference in JS/TS (issue 11 item 2): ollama-js, Ollama's REST API, LangChain.js / LlamaIndex.TS Ollama
classes and SDK clients pointed at a server on the user's machine run on the user's hardware — the call carries
``extra["local"]`` as in Python, and pricing puts it there (``rice_core/scan/local_pricing.py``)."""

from __future__ import annotations

from typing import Any

from rice_core.scan.callsite import CallSite
from rice_core.scan.js.parse import text_of
from rice_core.scan.local_hosts import runtime_extra, url_runtime

_OLLAMA_CLASSES = frozenset({"ChatOllama", "Ollama", "OllamaLLM"})  # @langchain/ollama, llamaindex
_URL_KEYS = ("baseURL", "baseUrl", "host", "base_url")


def local_stack(sdk: str, client: Any, options: dict[str, Any]) -> str | None:
    """The local runtime serving a call, or None for a hosted API."""
    if sdk in ("ollama", "http-ollama"):
        return "ollama"
    if sdk == "transformers":  # transformers.js: the model runs in the app's own process
        return "hf-transformers"
    if client is None:
        return None
    if client.cls in _OLLAMA_CLASSES:
        return "ollama"
    ctor = client.options
    for child in ctor.named_children if ctor is not None and ctor.type == "object" else ():
        key = child.child_by_field_name("key") if child.type == "pair" else None
        if key is not None and text_of(key).strip("\"'") in _URL_KEYS:
            value = child.child_by_field_name("value")
            found = url_runtime(text_of(value).strip("\"'`")) if value is not None else None
            if found:
                return found
    return None


def with_local(site: CallSite, client: Any, options: dict[str, Any]) -> CallSite:
    """The site with ``extra["local"]`` (batch 1) when it runs on a local runtime."""
    from dataclasses import replace

    stack = local_stack(site.sdk, client, options)
    if stack is None:
        return site
    return replace(site, extra={**site.extra, "local": {**runtime_extra(stack), "batch": 1}})
