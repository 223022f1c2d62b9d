"""``ModelShape``: a request's architecture shape, in a module without numpy (the estimator imports it on every call)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelShape:
    """Architecture facts beyond the default dense grouped-query transformer, from the model's published config
    (``catalog/attention.py``): windowed attention layers, recurrent (SSM) state, MoE routing. The defaults are the
    default transformer; ``kv_scale`` (full-context layers) stays its own input (``EngineInput.kv_scale``)."""

    kv_window_scale: float = 0.0  # factor on the default KV bytes per token of the windowed layers together
    kv_window_tokens: float = 0.0  # tokens a windowed layer keeps
    state_bytes: float = 0.0  # recurrent state of one sequence, all SSM layers, bytes
    moe_routed_share: float | None = None  # share of total params in routed experts (None: not known)
    moe_expert_draw: float | None = None  # experts per token / routed experts
