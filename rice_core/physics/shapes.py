"""Transformer shape from a parameter count: layers, hidden size and KV-cache bytes per token.

Where the catalog gives a model's published layer count (``EngineInput.layers``) ``depth`` uses it; otherwise, and
for the KV width always, shapes come from a power law fitted once (by hand, not to energy data) to
the published configs of modern open models (``config.json`` on Hugging Face): Gemma 2 2B/9B/27B (26/42/46 layers),
Phi-3 mini/small/medium (32/32/40), Mistral 7B (32), Mistral Nemo 12B (40), Llama 3.1 8B/70B/405B (32/80/126),
Mistral Large 2 123B (88), Mixtral 8x7B/8x22B (32/56, counted by active params), Qwen2.5 72B (80).
"""

from __future__ import annotations

from typing import Any

import numpy as np

LAYERS_AT_1B = 17.5  # layers ≈ LAYERS_AT_1B × params_b ** LAYERS_EXPONENT (fit to the configs above)
LAYERS_EXPONENT = 0.33
KV_WIDTH = 1024  # n_kv_heads × head_dim of grouped-query attention (8 × 128 in Llama 3, Mistral, Qwen)


def layers(active_params_b: Any) -> Any:
    """Estimated number of transformer layers (depth per token: use active params for MoE)."""
    return LAYERS_AT_1B * active_params_b**LAYERS_EXPONENT


def depth(active_params_b: Any, known_layers: Any = None) -> Any:
    """The true layer count where known (NaN entries of an array fall back), else the power law."""
    if known_layers is None:
        return layers(active_params_b)
    return (
        np.where(np.isnan(known_layers), layers(active_params_b), known_layers)
        if isinstance(known_layers, np.ndarray)
        else float(known_layers)
    )


def hidden_size(active_params_b: Any, known_layers: Any = None) -> Any:
    """Estimated model width d from params ≈ 12 · layers · d²."""
    return (active_params_b * 1e9 / (12.0 * depth(active_params_b, known_layers))) ** 0.5


def kv_bytes_per_token(active_params_b: Any, kv_bytes_per_value: float = 2.0, known_layers: Any = None) -> Any:
    """KV-cache bytes one token of context occupies: 2 (K and V) × layers × KV width × bytes per value."""
    return 2.0 * depth(active_params_b, known_layers) * KV_WIDTH * kv_bytes_per_value
