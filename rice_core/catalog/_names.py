"""Turn the model names people write in code into catalog keys.

One name gives an ordered list of candidate keys, most specific first: the exact spelling, then with one
decoration removed at a time (dated snapshot, ``-latest``, ``-instruct``, quantisation tag, Bedrock version…).
The first candidate found in the catalog index wins, so ``gpt-4-turbo`` matches its own entry before the
``-turbo`` rule could turn it into ``gpt-4``. ``quantisation_tag`` reads the precision such a decoration states
(``llama3.1:8b-instruct-q8_0`` → int8) and ``provider_prefix`` the serving route a name spells.
"""

from __future__ import annotations

import re

# Bedrock: optional cross-region prefix, a vendor prefix, and a ``-v1:0`` / ``-1:0`` version suffix.
_BEDROCK_REGION = re.compile(r"^(us|eu|apac|au|ca|jp|us-gov|global)\.(?=[a-z0-9-]+\.)")
_BEDROCK_VENDOR = re.compile(r"^(anthropic|meta|mistral|cohere|deepseek|amazon|ai21|qwen|openai|writer)\.")
_BEDROCK_VERSION = re.compile(r"-v?\d+:\d+$")

# "llama3.1" → "llama-3.1", "qwen2.5" → "qwen-2.5", "phi3" → "phi-3", "gemma2" → "gemma-2".
_FAMILY_DIGIT = re.compile(r"(?<![a-z])(llama|qwen|gemma|phi|codellama|mistral|mixtral|granite)(\d)")
_PREFIXES = (re.compile(r"^meta-(?=llama)"), re.compile(r"^c4ai-(?=command)"))

# One decoration at a time, from the end of the key.
_SUFFIXES = (
    re.compile(r"-\d{4}-\d{2}-\d{2}$"),  # gpt-4o-2024-08-06
    re.compile(r"-\d{8}$"),  # claude-3-5-sonnet-20241022
    re.compile(r"-\d{2}-\d{4}$"),  # command-r-08-2024
    re.compile(r"-\d{2}-\d{2}$"),  # gemini-2.5-flash-preview-05-20
    re.compile(r"-\d{3,5}$"),  # gpt-4-0613, mistral-large-2411, gemini-1.5-pro-002, -32768
    re.compile(r"-v\d+(-\d+)*$"),  # mistral-7b-instruct-v0.3, claude-3-5-sonnet-v2
    re.compile(r"-q\d[a-z0-9-]*$"),  # ollama / gguf quantisation: -q4-k-m, -q8-0
    re.compile(r"-\d+k$"),  # context suffixes: gpt-3.5-turbo-16k, phi-3-mini-4k
    re.compile(
        r"-(latest|preview|exp|experimental|instruct|chat|it|hf|instant|versatile|turbo|maas|fp8|fp16|bf16"
        r"|int4|int8|awq|gptq|gguf|mlx|4bit|8bit|dynamic|thinking|online|free|tput)$"
    ),
)

# Ollama tags after "name:" — a size, "latest" or a variant word (llama3.1:8b, phi3:mini, llama4:scout).
_SIZE_TAG = re.compile(r"^(\d+(\.\d+)?[bm]|e\d+b|latest|mini|medium|small|large|scout|maverick)([-_].*)?$")
# "provider:model" prefixes (LangChain init_chat_model, pydantic-ai) and the route each one means.
_COLON_PROVIDERS = frozenset(
    {
        "openai",
        "azure",
        "azure-openai",
        "anthropic",
        "google",
        "google-gla",
        "google-vertex",
        "google-genai",
        "google-vertexai",
        "gemini",
        "vertexai",
        "groq",
        "mistral",
        "mistralai",
        "cohere",
        "bedrock",
        "bedrock-converse",
        "deepseek",
        "together",
        "fireworks",
        "huggingface",
        "openrouter",
        "ollama",
        "xai",
        "perplexity",
    }
)
_COLON_ROUTES = {
    "google_gla": "gemini",
    "google_genai": "gemini",
    "google_vertex": "vertex_ai",
    "google_vertexai": "vertex_ai",
    "vertexai": "vertex_ai",
    "google": "gemini",
    "azure_openai": "azure",
    "bedrock_converse": "bedrock",
    "fireworks": "fireworks_ai",
    "mistralai": "mistral",
}
_ROUTES = frozenset(
    {
        "openai",
        "azure",
        "azure_ai",
        "anthropic",
        "bedrock",
        "vertex_ai",
        "gemini",
        "groq",
        "together_ai",
        "together",
        "ollama",
        "ollama_chat",
        "huggingface",
        "openrouter",
        "mistral",
        "cohere",
        "deepseek",
        "fireworks_ai",
        "vllm",
        "hosted_vllm",
        "replicate",
        "perplexity",
        "deepinfra",
        "cerebras",
        "sambanova",
    }
)


def canonical(name: str) -> str:
    """Lower-case key with ``.``, ``_``, ``:`` and spaces as ``-``: ``Llama3.1:8B`` → ``llama-3-1-8b``."""
    key = name.strip().lower()
    key = _FAMILY_DIGIT.sub(r"\1-\2", key)
    key = re.sub(r"[\s._:]+", "-", key)
    for prefix in _PREFIXES:
        key = prefix.sub("", key)
    return re.sub(r"-{2,}", "-", key).strip("-")


def _strip_transport(name: str) -> str:
    """Remove what only says where the model is served: path prefixes, Bedrock and Vertex decorations."""
    text = name.strip().lower().rsplit("/", 1)[-1]
    text = _BEDROCK_REGION.sub("", text)
    if _BEDROCK_VENDOR.match(text):
        text = _BEDROCK_VERSION.sub("", _BEDROCK_VENDOR.sub("", text, count=1))
    text = text.split("@", 1)[0]  # vertex: claude-3-5-sonnet@20240620
    return re.sub(r":latest$", "", text)


def candidate_keys(name: str) -> list[str]:
    """Candidate catalog keys for ``name``, most specific first (never empty for a non-blank name).

    ``provider:model`` strings (LangChain ``init_chat_model``, pydantic-ai: ``openai:gpt-4.1``) are tried without
    the provider first, unless the part after the colon is an Ollama size tag (``mistral:7b``).
    """
    head, sep, rest = name.strip().partition(":")
    if sep and head.lower().replace("_", "-") in _COLON_PROVIDERS and not _SIZE_TAG.match(rest.strip().lower()):
        return _decorations(rest) + _decorations(name)
    return _decorations(name)


def _decorations(name: str) -> list[str]:
    """The key of ``name`` and the keys left after removing one decoration at a time."""
    key = canonical(_strip_transport(name))
    out = [key] if key else []
    changed = True
    while changed and key:
        changed = False
        for pattern in _SUFFIXES:
            shorter = pattern.sub("", key)
            if shorter != key and shorter:
                key, changed = shorter, True
                out.append(key)
                break
    return out


# GGUF weight types (llama.cpp ggml-common.h blocks): bits per weight including each block's scales. K-quant mixes
# (_S/_M/_L) keep a few tensors at a higher type, ≈ +0.3 bits; other i-quants: leading digit + 0.5.
_GGUF = re.compile(r"^i?q(\d)(_[a-z0-9]+)*$")
_GGUF_BITS = {
    "q4_0": 4.5,
    "q4_1": 5.0,
    "q5_0": 5.5,
    "q5_1": 6.0,
    "q8_0": 8.5,
    "q2_k": 2.625,
    "q3_k": 3.4375,
    "q4_k": 4.5,
    "q5_k": 5.5,
    "q6_k": 6.5625,
    "iq4_xs": 4.25,
    "iq4_nl": 4.5,
}
_GGUF_TARGETS = ("int4", "int8", "fp16")  # nearest by bytes per weight: ≤ 6.25 bits → int4, ≤ 12 → int8
# other precision words written in names (HF repos, Ollama tags): "-fp16", "-FP8-dynamic", "-AWQ", "-4bit"
_PRECISION_WORDS = frozenset(
    {
        "fp16",
        "f16",
        "bf16",
        "fp8",
        "int8",
        "int4",
        "awq",
        "gptq",
        "4bit",
        "8bit",
        "nf4",
        "w4a16",
        "w8a8",
        "w8a16",
        "mxfp4",
    }
)


def quantisation_tag(name: str) -> tuple[str, str] | None:
    """(canonical precision, tag as written) when the name says how its weights are quantised, else ``None``.

    ``llama3.1:8b-instruct-q8_0`` → ("int8", "q8_0"); ``…-fp16`` → ("fp16", "fp16"); ``…-q4_K_M`` → int4. A GGUF
    type maps to the supported precision nearest in bytes per weight: q5_K_M (5.5 bits) → int4, q6_K (6.56) → int8.
    The last precision word in the name wins (``…-AWQ-INT4`` → int4).
    """
    text = name.strip().rsplit("/", 1)[-1]
    tag = text.rpartition(":")[2] if ":" in text else text
    for word in reversed(re.split(r"[-\s]+", tag)):
        precision = _tag_precision(word.lower())
        if precision is not None:
            return precision, word
    return None


def _tag_precision(word: str) -> str | None:
    from rice_core.precision import bytes_per_param, canonical_precision

    bits = gguf_bits(word)
    if bits is not None:
        return min(_GGUF_TARGETS, key=lambda p: abs(bytes_per_param(p) - bits / 8.0))
    return canonical_precision(word) if word in _PRECISION_WORDS else None


def gguf_bits(word: str) -> float | None:
    """Bits per weight of a GGUF type written in a tag (``q4_K_M`` → 4.5, ``Q8_0`` → 8.5), else ``None``."""
    word = word.lower()
    match = _GGUF.match(word)
    if match is None:
        return None
    return _GGUF_BITS.get(re.sub(r"_[sml]$", "", word), int(match.group(1)) + 0.5)  # q4_k_m → q4_k


def provider_prefix(name: str) -> str | None:
    """The serving route a name spells out (``ollama/llama3``, ``llama3.1:8b``, ``groq:…``, ``us.anthropic.…``)."""
    text = name.strip().lower()
    head, sep, rest = text.partition(":")
    if sep and head.replace("_", "-") in _COLON_PROVIDERS and not _SIZE_TAG.match(rest):
        head = head.replace("-", "_")
        return _COLON_ROUTES.get(head, head if head in _ROUTES else None)
    if sep and "/" not in text and _SIZE_TAG.match(rest):
        return "ollama"  # name:tag (llama3.1:8b, mistral:latest) is Ollama's syntax
    if "/" in text:
        head = text.split("/", 1)[0]
        return head if head in _ROUTES else None
    if _BEDROCK_VENDOR.match(_BEDROCK_REGION.sub("", text)):
        return "bedrock"
    return None
