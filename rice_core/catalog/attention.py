"""KV-cache shapes of models whose attention differs from the grouped-query default (``physics/shapes.py``).

Data: ``rice_core/data/catalog/attention.json`` (each entry sourced from the model's published config), read on
first use and validated. ``kv_scale`` is the factor on the default KV bytes per token: fewer KV heads (Qwen3 MoE),
latent attention (DeepSeek V3/R1), sliding-window layers (gpt-oss).
"""

from __future__ import annotations

import json
import statistics
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


EXPERTS_FILE = "experts.json"


def _models(name: str) -> dict[str, dict]:
    text = resources.files("rice_core.data.catalog").joinpath(name).read_text(encoding="utf-8")
    return dict(json.loads(text)["models"])


def _attention_shape(model: str, raw: dict) -> dict[str, float]:
    """Windowed layers and recurrent state of one attention.json entry (both optional)."""
    values, share = float(raw["kv_values_per_token_layer"]), float(raw["full_attention_share"])
    window = float(raw.get("sliding_window_tokens", 0.0))
    state = float(raw.get("recurrent_state_bytes_per_sequence", 0.0))
    if window < 0 or state < 0:
        raise CatalogError(f"{ATTENTION_FILE}: {model}: window and state must not be negative")
    return {
        "kv_window_scale": values * (1.0 - share) / DEFAULT_VALUES if window > 0 else 0.0,
        "kv_window_tokens": window,
        "state_bytes": state,
    }


def _routing(model: str, raw: dict) -> dict[str, float]:
    """MoE routing of one experts.json entry: routed share of the params and experts per token / experts."""
    experts, per_token = float(raw["experts"]), float(raw["experts_per_token"])
    routed, total = float(raw["routed_params_b"]), float(raw["total_params_b"])
    if not (0 < per_token <= experts and 0 < routed < total):
        raise CatalogError(f"{EXPERTS_FILE}: {model}: need 0 < experts_per_token <= experts, 0 < routed < total")
    return {"moe_routed_share": routed / total, "moe_expert_draw": per_token / experts}


@cache
def model_shapes() -> dict[str, tuple[dict[str, float], str]]:
    """Catalog id -> (``physics.shapes.ModelShape`` fields, sources) for models with windowed layers, recurrent
    state or a known MoE routing, validated."""
    out: dict[str, tuple[dict[str, float], str]] = {}
    for name, parse in ((ATTENTION_FILE, _attention_shape), (EXPERTS_FILE, _routing)):
        for model, raw in _models(name).items():
            try:
                fields, source = parse(model, raw), str(raw["sources"][0])
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                raise CatalogError(f"{name}: {model}: missing or invalid field ({exc})") from exc
            old_fields, old_source = out.get(model, ({}, ""))
            out[model] = ({**old_fields, **fields}, f"{old_source}; {source}" if old_source else source)
    return {
        k: v
        for k, v in out.items()
        if any(v[0].get(f) for f in ("kv_window_tokens", "state_bytes")) or "moe_routed_share" in v[0]
    }


def model_shape(model_id: str) -> tuple[dict[str, float], str] | None:
    """(``ModelShape`` fields, sources) of a catalog model, or None where the default transformer holds."""
    return model_shapes().get(model_id)


@cache
def moe_prior(exclude: frozenset[str] = frozenset()) -> tuple[float, float, int]:
    """(median routed share, smallest experts per token / experts, configs counted) over the sourced MoE configs
    of ``experts.json`` but ``exclude`` (a held-out test), one per distinct architecture: the statistics of the
    default routing of an MoE the catalog does not describe (``physics/moe_prior.py`` says why these)."""
    configs = {
        (fields["moe_routed_share"], fields["moe_expert_draw"])
        for model, (fields, _) in model_shapes().items()
        if "moe_routed_share" in fields and model not in exclude
    }
    if not configs:
        raise CatalogError(f"{EXPERTS_FILE}: no MoE config left to derive the default routing from")
    median = statistics.median(share for share, _ in configs)
    return median, min(draw for _, draw in configs), len(configs)
