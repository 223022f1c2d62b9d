"""Weight and KV-cache memory, and the smallest power-of-two device count that holds them.

Tensor parallelism splits every layer over the devices and needs a power of two; a serving engine also needs room for
the KV cache of the running batch and for activations. Only memory decides here, never a fitted regression.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rice_core.physics.shapes import kv_bytes_per_token
from rice_core.precision import bytes_per_param

USABLE_MEMORY_FRACTION = 0.90  # vLLM's default gpu_memory_utilization; the rest is CUDA context and fragmentation
WEIGHT_OVERHEAD_FRACTION = 0.05  # embeddings kept in higher precision, quantisation scales, activation workspace
MAX_DEVICES = 64


def weight_gb(params_b: Any, precision: str) -> Any:
    """Memory the weights occupy, GB: total params (all experts of an MoE) × bytes/param, plus a small overhead."""
    return params_b * bytes_per_param(precision) * (1.0 + WEIGHT_OVERHEAD_FRACTION)


def kv_cache_gb(
    active_params_b: Any,
    batch_size: Any,
    context_tokens: Any,
    known_layers: Any = None,
    kv_scale: Any = 1.0,
    window: tuple[Any, Any] = (0.0, 0.0),
    state_bytes: Any = 0.0,
) -> Any:
    """KV cache (and recurrent state) of ``batch_size`` sequences of ``context_tokens`` each, GB (fp16/bf16 cache).

    ``window`` = (factor, tokens) of the windowed layers, which keep only the last ``tokens`` of the context;
    ``state_bytes``: an SSM layer's fixed state per sequence (hybrid models), whatever the context.
    """
    window_scale, window_tokens = window
    held = kv_scale * context_tokens + window_scale * np.minimum(context_tokens, window_tokens)
    per_sequence = held * kv_bytes_per_token(active_params_b, known_layers=known_layers) + state_bytes
    return batch_size * per_sequence / 1e9


def min_devices(
    params_b: float,
    active_params_b: float,
    precision: str,
    memory_gb: float,
    batch_size: float = 1.0,
    context_tokens: float = 2048.0,
    known_layers: float | None = None,
    kv_scale: float = 1.0,
    window: tuple[float, float] = (0.0, 0.0),
    state_bytes: float = 0.0,
) -> int:
    """Smallest power of two whose usable memory holds the weights plus the KV cache of the running batch."""
    need_gb = weight_gb(params_b, precision) + kv_cache_gb(
        active_params_b, max(batch_size, 1.0), context_tokens, known_layers, kv_scale, window, state_bytes
    )
    devices = 1
    while devices * memory_gb * USABLE_MEMORY_FRACTION < need_gb and devices < MAX_DEVICES:
        devices *= 2
    return devices
