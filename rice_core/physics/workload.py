"""One request (or, with numpy arrays in every field, many requests) as the physics sees it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Workload:
    """Sizes, hardware figures and serving state; each field a float or a numpy array of one shape."""

    params_b: Any  # total params, billions: memory, weight bytes of an MoE at large batch
    active_params_b: Any  # active params per token, billions: FLOPs, depth
    prompt_tokens: Any
    output_tokens: Any
    devices: Any  # tensor × pipeline parallel devices sharing the model
    batch_size: Any  # average running requests sharing the devices (≥ 1)
    bytes_per_param: Any  # weight bytes per parameter at the serving precision
    mem_bw_gbps: Any  # per device, GB/s
    peak_tflops: Any  # per device, dense, at the compute precision
    tdp_w: Any  # per device, W
    layers: Any = None  # transformer layers (true depth where known); None → power law of active params
    kv_scale: Any = 1.0  # factor on the default KV bytes per token (catalog/attention.py: fewer heads, MLA, windows)
    # windowed layers (catalog/attention.py): factor on the default KV bytes per token for the layers that keep only
    # the last ``kv_window_tokens`` tokens; 0 where every layer attends to the whole context
    kv_window_scale: Any = 0.0
    kv_window_tokens: Any = 0.0
    state_bytes: Any = 0.0  # recurrent (SSM) state per sequence, bytes: read and written at every decode step
    # MoE routing (catalog/experts.json): share of total params in routed experts and experts per token / experts;
    # None (NaN in arrays) → every weight is drawn with probability active/total (physics/timing.py)
    moe_routed_share: Any = None
    moe_expert_draw: Any = None
    fp8_weights: Any = 0.0  # 1 where the weights are fp8 (read at ``Coefficients.fp8_weight_read_share``), else 0
    # 1 where the weights are integer-quantised (int4/int8: GGUF, GPTQ, AWQ; read at
    # ``Coefficients.quant_weight_read_share``), else 0
    quant_weights: Any = 0.0
