"""KV-cache shapes of models whose attention differs from the grouped-query default (``physics/shapes.py``).

Data: ``rice_core/data/catalog/attention.json`` (each entry sourced from the model's published config), read on
first use and validated. ``kv_scale`` is the factor on the default KV bytes per token: fewer KV heads (Qwen3 MoE),
latent attention (DeepSeek V3/R1), sliding-window layers (gpt-oss).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from rice_core.errors import CatalogError

ATTENTION_FILE = "attention.json"
DEFAULT_VALUES = 2048.0  # K and V of 8 heads x 128 per token per layer: the default of physics/shapes.py


@cache
def kv_scales() -> dict[str, tuple[float, str]]:
    """Catalog id -> (factor on the default KV bytes per token, its source), validated."""
    text = resources.files("rice_core.data.catalog").joinpath(ATTENTION_FILE).read_text(encoding="utf-8")
    out: dict[str, tuple[float, str]] = {}
    for model, raw in json.loads(text)["models"].items():
        try:
            values, share = float(raw["kv_values_per_token_layer"]), float(raw["full_attention_share"])
            source = str(raw["sources"][0])
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise CatalogError(f"{ATTENTION_FILE}: {model}: missing or invalid field ({exc})") from exc
        if not (values > 0 and 0 < share <= 1):
            raise CatalogError(f"{ATTENTION_FILE}: {model}: values must be positive and the share in (0, 1]")
        out[model] = (values * share / DEFAULT_VALUES, source)
    return out


def kv_scale(model_id: str) -> tuple[float, str] | None:
    """(factor on the default KV bytes, source) of a catalog model, or None where the default holds."""
    return kv_scales().get(model_id)
