"""Serving stacks: the software generation that runs a request, each with its own coefficient file.

A stack changes how fast the same hardware runs the same model: eager kernel launches (Megatron-LM 2022, vLLM 0.5
2024, transformers), CUDA graphs with FlashAttention 3 and chunked prefill (vLLM-class 2025 stacks), or a local
runtime (llama.cpp, which Ollama embeds). Hosted APIs default to ``vllm-2025``; provider profiles name the stack of
local runtimes. Every file in ``rice_core/data/coefficients/`` records its data, commit, command, date and residuals.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from rice_core.errors import CatalogError, InputError
from rice_core.physics.coefficients import Coefficients

DEFAULT_STACK = "vllm-2025"  # hosted APIs and self-hosted servers without a profile stack
# stack -> coefficient file; megatron-2022 and vllm-2024 come from one joint fit (shared device and power
# coefficients, each its own launch and all-reduce costs)
STACK_FILES = {
    "megatron-2022": "megatron-2022.json",
    "vllm-2024": "calibrated.json",
    "vllm-2025": "vllm-2025.json",
    "llama.cpp": "llama-cpp.json",
    "hf-transformers": "hf-transformers.json",
}
ALIASES = {
    "ollama": "llama.cpp",
    "llama-cpp": "llama.cpp",
    "llamacpp": "llama.cpp",
    "transformers": "hf-transformers",
    "megatron": "megatron-2022",
    "vllm": "vllm-2025",
}
STACKS = tuple(STACK_FILES)
LOCAL_STACKS = ("llama.cpp", "hf-transformers")  # single-stream runtimes on the user's machine: batch 1 by default


def canonical_stack(name: str) -> str:
    """The stack's canonical name (``ollama`` -> ``llama.cpp``); InputError naming the accepted ones."""
    key = str(name).strip().lower()
    key = ALIASES.get(key, key)
    if key not in STACK_FILES:
        raise InputError(f"unknown serving stack {name!r}; accepted: {', '.join(STACKS)} (or ollama, transformers)")
    return key


@cache
def stack_document(stack: str) -> dict[str, Any]:
    """The coefficient JSON of one (canonical) stack."""
    name = STACK_FILES[stack]
    text = resources.files("rice_core.data.coefficients").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def stack_coefficients(stack: str) -> Coefficients:
    """The fitted (or derived) coefficients of one canonical stack, parsed once."""
    try:
        c = Coefficients.from_dict(stack_document(stack))
    except CatalogError as exc:
        raise CatalogError(f"{STACK_FILES[stack]} ({stack}): {exc}") from exc
    return replace(c, stack=stack)
