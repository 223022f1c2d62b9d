"""Roofline times of one request: compute-bound prefill, decode steps bound by memory or compute, plus overheads.

A decode step of a batch of B sequences reads the weights once (an MoE touches more experts as B grows) and each
sequence's KV cache, does 2·N_active FLOPs per sequence, and pays a fixed cost per pass (launches, synchronisation,
two latency-bound all-reduces per layer across tensor-parallel devices) and per sequence (scheduling, sampling).
A request's share of a step is 1/B of it.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from rice_core.physics.coefficients import Coefficients
from rice_core.physics.shapes import hidden_size, kv_bytes_per_token, layers
from rice_core.physics.workload import Workload


def experts_read_fraction(w: Workload, tokens: Any) -> Any:
    """Share of an MoE's weights read by a pass over ``tokens`` tokens: active/total for one, → 1 for many.

    Each token touches a weight with probability r = active/total, so n tokens touch 1 − (1 − r)^n of them
    (dense models: r = 1, always 1). A decode step passes B tokens; a prefill passes the prompt.
    """
    active_share = w.active_params_b / w.params_b
    return 1.0 - (1.0 - active_share) ** tokens


def prefill_weight_bytes(w: Workload) -> Any:
    """Weight bytes the prefill pass reads: the experts its prompt tokens touch (all weights of a dense model)."""
    return w.params_b * 1e9 * w.bytes_per_param * experts_read_fraction(w, np.maximum(w.prompt_tokens, 1.0))


def decode_context_tokens(w: Workload) -> Any:
    """Average context length over the decode: the prompt plus half the output."""
    return w.prompt_tokens + 0.5 * w.output_tokens


def step_bytes(w: Workload) -> Any:
    """Bytes one decode step moves across all devices: weights read once plus every sequence's KV cache."""
    weights = w.params_b * 1e9 * w.bytes_per_param * experts_read_fraction(w, w.batch_size)
    kv = w.batch_size * decode_context_tokens(w) * kv_bytes_per_token(w.active_params_b)
    return weights + kv


def step_flops(w: Workload) -> Any:
    """FLOPs of one decode step: 2·N_active per sequence plus attention over its context."""
    attention = 4.0 * layers(w.active_params_b) * hidden_size(w.active_params_b) * decode_context_tokens(w)
    return w.batch_size * (2e9 * w.active_params_b + attention)


def prefill_flops(w: Workload) -> Any:
    """FLOPs of one request's prefill: 2·N_active per prompt token plus causal attention (∝ layers · p² · d)."""
    attention = 2.0 * layers(w.active_params_b) * hidden_size(w.active_params_b) * w.prompt_tokens ** 2
    return 2e9 * w.active_params_b * w.prompt_tokens + attention


def memory_s(nbytes: Any, w: Workload, c: Coefficients) -> Any:
    """Time to stream ``nbytes`` split over the devices at the achieved bandwidth."""
    return nbytes / (w.devices * w.mem_bw_gbps * 1e9 * c.mem_bw_efficiency)


def compute_s(flops: Any, w: Workload, mfu: float) -> Any:
    """Time for ``flops`` split over the devices at the achieved share ``mfu`` of peak."""
    return flops / (w.devices * w.peak_tflops * 1e12 * mfu)


def pass_overhead_s(w: Workload, c: Coefficients) -> Any:
    """Fixed cost of one forward pass: launches and synchronisation on one device, plus tensor-parallel all-reduces.

    Tensor parallelism all-reduces twice per layer (after attention and after the MLP). At batch 1 the messages are
    a few KB, so each all-reduce costs its latency, which grows with the steps of the collective (log2 of devices),
    not its bytes. A per-layer launch cost on every device was tried and dropped: with layers estimated from params
    (``physics/shapes.py``) it made held-out HELM error worse (``fit/notes.py``), so only all-reduces scale with depth.
    """
    doublings = np.log2(w.devices) if isinstance(w.devices, np.ndarray) else float(np.log2(w.devices))
    allreduces = 2.0 * layers(w.active_params_b)
    return c.pass_overhead_s + allreduces * c.allreduce_s_per_doubling * doublings


def decode_step_s(w: Workload, c: Coefficients) -> Any:
    """Wall time of one decode step of the whole batch: roofline (max of memory and compute) plus overheads."""
    gpu_s = np.maximum(memory_s(step_bytes(w), w, c), compute_s(step_flops(w), w, c.mfu_decode))
    return gpu_s + pass_overhead_s(w, c) + c.seq_overhead_s * w.batch_size


def prefill_wall_s(w: Workload, c: Coefficients) -> Any:
    """Wall time to the first token: the prompt's FLOPs, one read of the weights it touches and one pass overhead."""
    weights_s = memory_s(prefill_weight_bytes(w), w, c)
    return compute_s(prefill_flops(w), w, c.mfu_prefill) + weights_s + pass_overhead_s(w, c)


def prefill_share_s(w: Workload, c: Coefficients) -> Any:
    """This request's share of device time for its prefill: its own FLOPs, the fixed parts split over the batch."""
    fixed_s = memory_s(prefill_weight_bytes(w), w, c) + pass_overhead_s(w, c)
    return compute_s(prefill_flops(w), w, c.mfu_prefill) + fixed_s / w.batch_size


def decode_steps(w: Workload) -> Any:
    """Decode steps after the first token (the prefill pass emits it)."""
    return np.maximum(w.output_tokens - 1.0, 0.0)
