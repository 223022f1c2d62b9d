"""Token counts with OpenAI's public BPE files shipped in the package — offline, SHA-256 checked.

OpenAI models use their own encoding (o200k_base or cl100k_base). Other families have no public tiktoken file:
their counts are a proxy encoding times the catalog's per-model ``token_factor`` (see the model catalog's
sources). Unknown or missing models fall back to o200k_base with factor 1.0.

tiktoken is imported on first use only (``import rice_core`` stays light).
"""

from __future__ import annotations

import binascii
import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rice_core.errors import CatalogError

DEFAULT_ENCODING = "o200k_base"

# SHA-256 of the shipped files: tiktoken's own ``expected_hash`` values (tiktoken_ext/openai_public.py).
ENCODING_SHA256: dict[str, str] = {
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}

ENDOFTEXT, ENDOFPROMPT = "<|endoftext|>", "<|endofprompt|>"
FIM_PREFIX, FIM_MIDDLE, FIM_SUFFIX = "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>"

# Pattern strings and special tokens copied from tiktoken 0.14 ``tiktoken_ext/openai_public.py`` (MIT).
_O200K_PAT = "|".join(  # noqa: FLY002 - kept as tiktoken writes it, one alternative per line
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_CL100K_PAT = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
_SPECS: dict[str, tuple[str, dict[str, int]]] = {
    "o200k_base": (_O200K_PAT, {ENDOFTEXT: 199999, ENDOFPROMPT: 200018}),
    "cl100k_base": (
        _CL100K_PAT,
        {ENDOFTEXT: 100257, FIM_PREFIX: 100258, FIM_MIDDLE: 100259, FIM_SUFFIX: 100260, ENDOFPROMPT: 100276},
    ),
}

# OpenAI's documented chat-format overhead (cookbook "How to count tokens with tiktoken").
TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
REPLY_PRIMING_TOKENS = 3


def encoding_path(name: str) -> Path:
    """Path of the shipped ``<name>.tiktoken`` file inside the package."""
    return Path(str(resources.files("rice_core") / "data" / "tokenizers" / f"{name}.tiktoken"))


def load_ranks(path: Path, expected_sha256: str) -> dict[bytes, int]:
    """Read a .tiktoken rank file, check its SHA-256 and parse it (same format as tiktoken.load.load_tiktoken_bpe).

    Parsed here rather than through tiktoken's loader, which copies every file it reads into a temp-dir cache.
    Raises CatalogError when the file is missing or its hash differs (a corrupted install).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"tokenizer file {path} cannot be read: {exc}") from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise CatalogError(f"tokenizer file {path} is corrupted: SHA-256 {actual}, expected {expected_sha256}")
    parts = data.split()  # "<base64 token> <rank>" per line
    try:
        return dict(zip(map(binascii.a2b_base64, parts[0::2]), map(int, parts[1::2]), strict=True))
    except ValueError as exc:
        raise CatalogError(f"tokenizer file {path} is malformed: {exc}") from exc


@functools.cache
def get_encoding(name: str) -> Any:
    """The tiktoken ``Encoding`` for a shipped encoding name, built offline and cached for the process."""
    if name not in _SPECS:
        raise CatalogError(f"unknown encoding {name!r}; shipped: {', '.join(sorted(_SPECS))}")
    import tiktoken

    pat_str, special = _SPECS[name]
    ranks = load_ranks(encoding_path(name), ENCODING_SHA256[name])
    return tiktoken.Encoding(name, pat_str=pat_str, mergeable_ranks=ranks, special_tokens=special)


def _catalog_tokenizer(model: str) -> tuple[str, float]:
    """(encoding, factor) from the model catalog; o200k_base × 1.0 when the model or catalog is absent."""
    try:
        from rice_core.catalog.models import lookup_model
    except ImportError:  # catalog not built yet in this checkout
        return DEFAULT_ENCODING, 1.0
    spec = lookup_model(model)
    if spec is None or spec.tokenizer not in _SPECS:
        return DEFAULT_ENCODING, 1.0
    return spec.tokenizer, float(spec.token_factor)


@functools.cache
def tokenizer_for(model: str | None) -> tuple[Any, float]:
    """(Encoding, token_factor) for a model name; cached per name so repeated counts pay one dict lookup."""
    name, factor = (DEFAULT_ENCODING, 1.0) if not model else _catalog_tokenizer(model)
    return get_encoding(name), factor


def _scaled(count: int, factor: float) -> int:
    return count if factor == 1.0 else round(count * factor)


_RESOLVED: dict[str | None, tuple[Any, float]] = {}
_PLAIN: dict[str | None, Any] = {}  # hot path: model -> bound encode_ordinary, for factor-1.0 models


def count_text(text: str, model: str | None = None) -> int:
    """Tokens in ``text`` for ``model`` (special-token strings are counted as plain text)."""
    encode = _PLAIN.get(model)
    if encode is not None:
        return len(encode(text))
    enc, factor = _RESOLVED.setdefault(model, tokenizer_for(model))
    if factor == 1.0:
        _PLAIN[model] = enc.encode_ordinary
        return len(enc.encode_ordinary(text))
    return round(len(enc.encode_ordinary(text)) * factor)


def clear_caches() -> None:
    """Forget resolved model tokenizers (tests that swap the catalog call this)."""
    tokenizer_for.cache_clear()
    _RESOLVED.clear()
    _PLAIN.clear()


def count_text_batch(texts: Sequence[str], model: str | None = None) -> list[int]:
    """Token counts of many texts at once (tiktoken's threaded batch encoder)."""
    enc, factor = tokenizer_for(model)
    return [_scaled(len(ids), factor) for ids in enc.encode_ordinary_batch(list(texts))]


def _message_strings(message: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    for key, value in message.items():
        if isinstance(value, str):
            yield key, value
        elif isinstance(value, list):  # content parts: [{"type": "text", "text": "..."}]
            for part in value:
                if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                    yield key, part["text"]


def count_messages(messages: Sequence[Mapping[str, Any]], model: str | None = None) -> int:
    """Prompt tokens of a chat request: 3 per message + 1 per ``name`` + every string value + 3 reply priming.

    This is OpenAI's documented overhead for gpt-3.5-turbo/gpt-4/gpt-4o; the token factor of non-OpenAI
    families scales the whole count.
    """
    enc, factor = tokenizer_for(model)
    total = REPLY_PRIMING_TOKENS
    for message in messages:
        total += TOKENS_PER_MESSAGE
        for key, text in _message_strings(message):
            total += len(enc.encode_ordinary(text))
            if key == "name":
                total += TOKENS_PER_NAME
    return _scaled(total, factor)
