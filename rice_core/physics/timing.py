"""Roofline times of one request: compute-bound prefill, decode steps bound by memory or compute, plus overheads.

A decode step of a batch of B sequences reads the weights once (an MoE touches more experts as B grows) and each
sequence's KV cache, does 2·N_active FLOPs per sequence, takes at least a launch floor per layer (launches overlap
device work), and pays two latency-bound all-reduces per layer across tensor-parallel devices and a cost per
sequence (scheduling, sampling). Depth is the true layer count where known (``Workload.layers``), else a power law.
A request's share of a step is 1/B of it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from rice_core.physics.coefficients import Coefficients
from rice_core.physics.shapes import depth, hidden_size, kv_bytes_per_token
from rice_core.physics.workload import Workload


def maximum(a: Any, b: Any) -> Any:
    """``np.maximum(a, b)``; for two Python floats (the scalar engine) the same value, NaN included, without numpy's
    per-call cost (~1 us, a quarter of the scalar engine's time)."""
    if type(a) is float and type(b) is float:
        return a if a > b or a != a else b
    return np.maximum(a, b)


def minimum(a: Any, b: Any) -> Any:
    """``np.minimum(a, b)``, likewise."""
    if type(a) is float and type(b) is float:
        return a if a < b or a != a else b
    return np.minimum(a, b)


def experts_read_fraction(w: Workload, tokens: Any) -> Any:
    """Share of an MoE's weights read by a pass over ``tokens`` tokens: active/total for one, → 1 for many.

    With the routing shape (``moe_routed_share`` s, ``moe_expert_draw`` k/E: catalog/experts.json) the dense part
    (attention, embeddings, shared experts) is always read and each routed expert is touched by a token with
    probability k/E, so n tokens read (1 − s) + s · (1 − (1 − k/E)^n). Without it every weight is drawn with
    probability r = active/total: 1 − (1 − r)^n (dense models: r = 1, always 1). A decode step passes B tokens; a
    prefill passes the prompt.
    """
    active_share = w.active_params_b / w.params_b
    legacy = 1.0 - (1.0 - active_share) ** tokens
    if w.moe_routed_share is None:
        return legacy
    routed = (1.0 - w.moe_routed_share) + w.moe_routed_share * (1.0 - (1.0 - w.moe_expert_draw) ** tokens)
    if isinstance(routed, np.ndarray):
        return np.where(np.isnan(routed), legacy, routed)
    return legacy if np.isnan(routed) else routed


def prefill_weight_bytes(w: Workload) -> Any:
    """Weight bytes the prefill pass reads: the experts its prompt tokens touch (all weights of a dense model)."""
    return w.params_b * 1e9 * w.bytes_per_param * experts_read_fraction(w, maximum(w.prompt_tokens, 1.0))


def decode_context_tokens(w: Workload) -> Any:
    """Average context length over the decode: the prompt plus half the output."""
    return w.prompt_tokens + 0.5 * w.output_tokens


def kv_tokens_read(w: Workload, context_tokens: Any) -> Any:
    """KV cache one sequence holds at ``context_tokens``, in tokens of the default shape (``shapes.py``): layers
    attending to the whole context hold it all (``kv_scale``), windowed layers the last ``kv_window_tokens``."""
    return w.kv_scale * context_tokens + w.kv_window_scale * minimum(context_tokens, w.kv_window_tokens)


def step_weight_bytes(w: Workload) -> Any:
    """Weight bytes one decode step reads: the experts its B tokens touch (all weights of a dense model)."""
    return w.params_b * 1e9 * w.bytes_per_param * experts_read_fraction(w, w.batch_size)


def step_bytes(w: Workload) -> Any:
    """Bytes one decode step moves across all devices: weights read once, every sequence's KV cache, and every
    sequence's recurrent state read and written (hybrid SSM layers; 0 for transformers)."""
    weights = step_weight_bytes(w)
    kv = (
        w.batch_size
        * kv_tokens_read(w, decode_context_tokens(w))
        * kv_bytes_per_token(w.active_params_b, known_layers=w.layers)
    )
    return weights + kv + 2.0 * w.batch_size * w.state_bytes


def step_flops(w: Workload) -> Any:
    """FLOPs of one decode step: 2·N_active per sequence plus attention over its context."""
    attention = (
        4.0 * depth(w.active_params_b, w.layers) * hidden_size(w.active_params_b, w.layers) * decode_context_tokens(w)
    )
    return w.batch_size * (2e9 * w.active_params_b + attention)


def prefill_flops(w: Workload) -> Any:
    """FLOPs of one request's prefill: 2·N_active per prompt token plus causal attention (∝ layers · p² · d)."""
    attention = 2.0 * depth(w.active_params_b, w.layers) * hidden_size(w.active_params_b, w.layers) * w.prompt_tokens**2
    return 2e9 * w.active_params_b * w.prompt_tokens + attention


def memory_s(nbytes: Any, w: Workload, c: Coefficients) -> Any:
    """Time to stream ``nbytes`` split over the devices at the achieved bandwidth: a share of the peak, at most the
    stack's ceiling per device (``mem_bw_ceiling_gbps``: llama.cpp's single-stream kernels reach ~1 TB/s whatever
    the HBM behind them; unbounded for the other stacks)."""
    per_device_gbps = w.mem_bw_gbps * c.mem_bw_efficiency
    if c.mem_bw_ceiling_gbps < math.inf:
        per_device_gbps = minimum(per_device_gbps, c.mem_bw_ceiling_gbps)
    return nbytes / (w.devices * per_device_gbps * 1e9)


def weight_read_factor(w: Workload, c: Coefficients) -> Any:
    """Time to read fp8 weights relative to others of the same bytes: 1 / ``fp8_weight_read_share`` (block-scaled
    fp8 GEMMs dequantise and quantise activations on the way; 2025 stacks decode fp8 no faster than bf16), and
    integer-quantised weights 1 / ``quant_weight_read_share`` (dequantising matrix-vector kernels: llama.cpp's
    GGUF blocks reach a smaller share of the bandwidth than fp16 rows), else 1."""
    fp8 = w.fp8_weights * (1.0 / c.fp8_weight_read_share - 1.0)
    return 1.0 + fp8 + w.quant_weights * (1.0 / c.quant_weight_read_share - 1.0)


def compute_s(flops: Any, w: Workload, mfu: float, ceiling_tflops: float = math.inf) -> Any:
    """Time for ``flops`` split over the devices at the achieved share ``mfu`` of peak, at most ``ceiling_tflops``
    per device (a runtime whose kernels do not use a GPU's newest tensor-core paths reaches only so much)."""
    per_device_tflops = w.peak_tflops * mfu
    if ceiling_tflops < math.inf:
        per_device_tflops = minimum(per_device_tflops, ceiling_tflops)
    return flops / (w.devices * per_device_tflops * 1e12)


def launch_s(w: Workload, c: Coefficients) -> Any:
    """Launch-bound floor of one forward pass on each device: a fixed kernel-launch cost per layer.

    Launches overlap with device work, so a pass takes max(launch floor, roofline): small models at batch 1 are
    launch-bound, large ones bandwidth- or compute-bound.
    """
    return depth(w.active_params_b, w.layers) * c.launch_s_per_layer * launch_factor(w, c)


def launch_factor(w: Workload, c: Coefficients) -> Any:
    """The launch floor of a pass with integer-quantised weights relative to 16-bit ones: eager transformers with
    bitsandbytes launches several kernels per quantised linear layer (dequantise and multiply; LLM.int8 also
    quantises the activations and splits the outliers), so int4 and int8 layers cost more host time, not less.
    int8 is told from int4 by its byte per weight. 1 for every stack whose fit saw no such rows."""
    if c.int4_launch_factor == 1.0 and c.int8_launch_factor == 1.0:
        return 1.0
    int8 = w.quant_weights * (w.bytes_per_param >= 1.0)
    return 1.0 + (w.quant_weights - int8) * (c.int4_launch_factor - 1.0) + int8 * (c.int8_launch_factor - 1.0)


def allreduce_s(w: Workload, c: Coefficients) -> Any:
    """Tensor-parallel all-reduces of one pass: two per layer, each latency-bound, growing per doubling of devices.

    At batch 1 the messages are a few KB, so each all-reduce costs its latency (log2 of devices steps), not its bytes.
    """
    doublings = np.log2(w.devices) if isinstance(w.devices, np.ndarray) else float(np.log2(w.devices))
    return 2.0 * depth(w.active_params_b, w.layers) * c.allreduce_s_per_doubling * doublings


def decode_step_s(w: Workload, c: Coefficients) -> Any:
    """Wall time of one decode step of the whole batch: max(launch floor, memory, compute) plus overheads.

    With CUDA graphs (``launch_overlapped`` false: the 2025 stacks) the launches are gone and what is left per layer
    (kernel tails, synchronisation) adds to the roofline instead of hiding under it.
    """
    read_bytes = step_bytes(w) + step_weight_bytes(w) * (weight_read_factor(w, c) - 1.0)
    gpu_s = maximum(memory_s(read_bytes, w, c), compute_s(step_flops(w), w, c.mfu_decode))
    pass_s = maximum(gpu_s, launch_s(w, c)) if c.launch_overlapped else gpu_s + launch_s(w, c)
    return pass_s + allreduce_s(w, c) + c.seq_overhead_s * w.batch_size


def _prefill_device_s(w: Workload, c: Coefficients) -> Any:
    """Device time of the prefill pass: the prompt's FLOPs plus one read of its weights, at least the launch floor."""
    read_bytes = prefill_weight_bytes(w) * weight_read_factor(w, c)
    work_s = compute_s(prefill_flops(w), w, c.mfu_prefill, c.prefill_tflops_ceiling) + memory_s(read_bytes, w, c)
    return maximum(work_s, launch_s(w, c))


def prefill_wall_s(w: Workload, c: Coefficients) -> Any:
    """Wall time to the first token: the prefill pass (launch floor overlapped) plus its all-reduces."""
    return _prefill_device_s(w, c) + allreduce_s(w, c)


def prefill_share_s(w: Workload, c: Coefficients) -> Any:
    """This request's share of device time for its prefill: its own FLOPs, the fixed parts split over the batch."""
    own_s = compute_s(prefill_flops(w), w, c.mfu_prefill, c.prefill_tflops_ceiling)
    return own_s + (prefill_wall_s(w, c) - own_s) / w.batch_size


def decode_steps(w: Workload) -> Any:
    """Decode steps after the first token (the prefill pass emits it)."""
    return maximum(w.output_tokens - 1.0, 0.0)
