"""Where a call runs when it names no cloud provider: a model server on the user's machine, recognised by its URL
(shared by the Python and JS/TS front ends; pricing: ``local_pricing.py``)."""

from __future__ import annotations

import re

# OpenAI-compatible servers on the user's machine (``base_url="http://localhost:11434/v1"``): the usual port of each
# runtime (Ollama 11434; LM Studio 1234 and llama.cpp's server 8080 run llama.cpp); any other local port is taken as a
# vLLM server.
LOCAL_HOSTS = re.compile(r"^https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?::(\d+))?")
PORT_STACKS = {"11434": "ollama", "1234": "llama.cpp", "8080": "llama.cpp"}
# runtime → precision its usual builds run at when nothing says otherwise (None: the model's released weights)
RUNTIME_DEFAULT_PRECISION: dict[str, str | None] = {"llama.cpp": "int4", "ollama": "int4", "mlx": None, "vllm": None}


def url_runtime(url: str | None) -> str | None:
    """``http://localhost:11434/...`` → "ollama"; 1234/8080 → "llama.cpp"; another local port → "vllm"; else None."""
    matched = LOCAL_HOSTS.match(url or "")
    return PORT_STACKS.get(matched.group(1) or "", "vllm") if matched else None


def runtime_extra(stack: str) -> dict[str, str]:
    """``extra["local"]`` when only the runtime is known (no constructor to read a precision from)."""
    default = RUNTIME_DEFAULT_PRECISION.get(stack)
    return (
        {"stack": stack, "precision": default, "precision_source": "runtime default"} if default else {"stack": stack}
    )
