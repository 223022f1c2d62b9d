"""Weight precisions: the usual spellings mapped to one canonical name, and the bytes each parameter takes."""

from __future__ import annotations

import functools
import re

from rice_core.errors import InputError

CANONICAL = ("fp16", "bf16", "fp8", "int8", "int4", "mxfp4")

# bytes per weight parameter; int4/mxfp4 carry group scales (≈ 4.25–4.5 bits/param in GPTQ/AWQ/MXFP4 checkpoints)
_BYTES_PER_PARAM: dict[str, float] = {
    "fp16": 2.0,
    "bf16": 2.0,
    "fp8": 1.0,
    "int8": 1.0,
    "int4": 0.5625,
    "mxfp4": 0.53125,
}

_SPELLINGS: dict[str, str] = {
    "fp16": "fp16",
    "float16": "fp16",
    "half": "fp16",
    "f16": "fp16",
    "torch.float16": "fp16",
    "bf16": "bf16",
    "bfloat16": "bf16",
    "torch.bfloat16": "bf16",
    "fp8": "fp8",
    "float8": "fp8",
    "e4m3": "fp8",
    "fp8e4m3": "fp8",
    "float8e4m3fn": "fp8",
    "e5m2": "fp8",
    "f8": "fp8",
    "int8": "int8",
    "8bit": "int8",
    "w8a8": "int8",
    "w8a16": "int8",
    "i8": "int8",
    "q8": "int8",
    "q80": "int8",
    "int4": "int4",
    "4bit": "int4",
    "awq": "int4",
    "gptq": "int4",
    "w4a16": "int4",
    "i4": "int4",
    "q4": "int4",
    "q4km": "int4",
    "q40": "int4",
    "nf4": "int4",
    "mxfp4": "mxfp4",
    "mx4": "mxfp4",
}


def _normalise(text: str) -> str:
    """Lower-case and drop separators: "Float-16" → "float16", "torch.bfloat16" keeps its dot."""
    return re.sub(r"[\s_\-]", "", text.strip().lower())


def canonical_precision(text: str) -> str:
    """Canonical precision name for a spelling such as "bfloat16", "FP8", "e4m3", "awq"; raises InputError otherwise.

    Cached per spelling (it runs for every engine input); an unknown spelling raises each time (not cached).
    """
    if isinstance(text, str):
        return _canonical_cached(text)
    return _canonical(text)


@functools.lru_cache(maxsize=256)
def _canonical_cached(text: str) -> str:
    return _canonical(text)


def _canonical(text: object) -> str:
    key = _normalise(str(text))
    if key in _SPELLINGS:
        return _SPELLINGS[key]
    key = key.replace(".", "")
    if key in _SPELLINGS:
        return _SPELLINGS[key]
    accepted = ", ".join(CANONICAL)
    raise InputError(
        f"unknown precision {text!r}; accepted: {accepted} "
        "(also float16/half, bfloat16, float8/e4m3, 8bit, 4bit/awq/gptq, mx4)"
    )


def bytes_per_param(precision: str) -> float:
    """Bytes one weight parameter occupies at ``precision`` (any accepted spelling)."""
    if isinstance(precision, str) and precision in _BYTES_PER_PARAM:  # a canonical name: no parsing
        return _BYTES_PER_PARAM[precision]
    return _BYTES_PER_PARAM[canonical_precision(precision)]
