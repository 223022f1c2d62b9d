"""Regime boundaries of the roofline with hand-checked values (hand-picked coefficients, no overheads)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.memory import min_devices
from rice_core.physics.timing import (
    allreduce_s,
    compute_s,
    decode_step_s,
    experts_read_fraction,
    launch_s,
    memory_s,
    prefill_wall_s,
    prefill_weight_bytes,
    step_bytes,
    step_flops,
)
from rice_core.physics.workload import Workload

from .conftest import A100_40, A100_80, H100


def workload(hw: Any = A100_80, **overrides: float) -> Workload:
    fields: dict[str, Any] = {
        "params_b": 7.0,
        "active_params_b": 7.0,
        "prompt_tokens": 500.0,
        "output_tokens": 201.0,
        "devices": 1.0,
        "batch_size": 1.0,
        "bytes_per_param": 2.0,
        "mem_bw_gbps": hw.mem_bw_gbps,
        "peak_tflops": hw.fp16_tflops,
        "tdp_w": hw.tdp_w,
    }
    fields.update(overrides)
    return Workload(**fields)


def test_batch1_decode_step_is_reading_the_weights(plain_roofline: Coefficients) -> None:
    # 7B fp16 = 14 GB per step at 50 % of 2,039 GB/s = 13.73 ms (+0.6 % KV cache of 600 tokens)
    w = workload()
    assert decode_step_s(w, plain_roofline) == pytest.approx(14e9 / (0.5 * 2039e9), rel=0.01)
    assert memory_s(step_bytes(w), w, plain_roofline) > 100 * compute_s(step_flops(w), w, 0.5)


def test_two_latency_bound_all_reduces_per_layer(plain_roofline: Coefficients) -> None:
    # 100 µs per all-reduce per doubling; a 1B model has 17.5 × 1^0.33 = 17.5 layers → 35 all-reduces
    c = replace(plain_roofline, allreduce_s_per_doubling=1e-4)
    one_b = {"params_b": 1.0, "active_params_b": 1.0}
    assert allreduce_s(workload(devices=1.0, **one_b), c) == pytest.approx(0.0)  # no all-reduce
    assert allreduce_s(workload(devices=4.0, **one_b), c) == pytest.approx(35 * 2 * 1e-4)  # 7 ms
    assert allreduce_s(workload(devices=8.0, **one_b), c) == pytest.approx(35 * 3 * 1e-4)  # 10.5 ms
    # latency-bound: the cost does not depend on the batch (message size), only on depth and devices
    assert allreduce_s(workload(devices=8.0, batch_size=256.0, **one_b), c) == pytest.approx(0.0105)
    # a known depth replaces the power law: 24 layers → 48 all-reduces × 3 doublings
    assert allreduce_s(workload(devices=8.0, layers=24.0, **one_b), c) == pytest.approx(48 * 3 * 1e-4)


def test_launch_floor_overlaps_device_work(plain_roofline: Coefficients) -> None:
    # 1 ms per layer. A 1B fp16 model with 24 true layers streams 2 GB in 1.96 ms at 50 % of 2,039 GB/s, so its
    # batch-1 step is launch-bound: 24 ms, not 24 + 1.96. A 70B model with 80 layers streams 140 GB in 137.3 ms, so
    # it stays memory-bound and the 80 ms floor adds nothing.
    c = replace(plain_roofline, launch_s_per_layer=1e-3)
    small = workload(params_b=1.0, active_params_b=1.0, layers=24.0, prompt_tokens=10.0, output_tokens=2.0)
    assert launch_s(small, c) == pytest.approx(0.024)
    assert decode_step_s(small, c) == pytest.approx(0.024)
    big = workload(params_b=70.0, active_params_b=70.0, layers=80.0, prompt_tokens=10.0, output_tokens=2.0)
    assert decode_step_s(big, c) == pytest.approx(140e9 / (0.5 * 2039e9), rel=0.001)
    # without a known depth, the power law: 1B → 17.5 layers → 17.5 ms
    assert launch_s(workload(params_b=1.0, active_params_b=1.0), c) == pytest.approx(0.0175)


def test_compute_bound_above_the_ridge_batch(plain_roofline: Coefficients) -> None:
    # with equal efficiencies the ridge is peak FLOP/s ÷ bandwidth (2 bytes and 2 FLOPs per weight):
    # A100 312e12 / 2039e9 ≈ 153 sequences, H100 989e12 / 3350e9 ≈ 295 (tiny context, so no KV traffic)
    def bound(hw: Any, batch: float) -> str:
        w = workload(hw, prompt_tokens=10.0, output_tokens=2.0, batch_size=batch)
        mem, comp = memory_s(step_bytes(w), w, plain_roofline), compute_s(step_flops(w), w, 0.5)
        return "memory" if mem > comp else "compute"

    assert (bound(A100_80, 100), bound(A100_80, 200)) == ("memory", "compute")
    assert (bound(H100, 200), bound(H100, 400)) == ("memory", "compute")


def test_a100_to_h100_scales_by_bandwidth_when_memory_bound_and_flops_when_compute_bound(
    plain_roofline: Coefficients,
) -> None:
    small = {"prompt_tokens": 10.0, "output_tokens": 2.0}
    mem_a, mem_h = (decode_step_s(workload(hw, **small), plain_roofline) for hw in (A100_80, H100))
    assert mem_a / mem_h == pytest.approx(3350 / 2039, rel=0.01)
    comp_a, comp_h = (decode_step_s(workload(hw, batch_size=2048.0, **small), plain_roofline) for hw in (A100_80, H100))
    assert comp_a / comp_h == pytest.approx(989 / 312, rel=0.01)


def test_prefill_is_compute_bound(plain_roofline: Coefficients) -> None:
    # 2 · 7e9 · 1000 FLOPs + causal attention (2 · 33.3 layers · d 4188 · 1000²) = 14.28 TFLOP at 156 TFLOP/s = 91.5 ms,
    # plus one 13.7 ms read of the weights
    w = workload(prompt_tokens=1000.0)
    assert prefill_wall_s(w, plain_roofline) == pytest.approx(0.0915 + 0.01373, rel=0.01)


def test_moe_reads_active_weights_at_batch1_and_nearly_all_at_large_batch() -> None:
    moe = workload(params_b=47.0, active_params_b=13.0)
    assert experts_read_fraction(moe, 1.0) == pytest.approx(13 / 47)
    assert experts_read_fraction(moe, 8.0) == pytest.approx(0.93, abs=0.01)  # 1 − (34/47)^8
    assert experts_read_fraction(moe, 256.0) > 0.999
    assert experts_read_fraction(workload(), 1.0) == 1.0  # dense


def test_moe_prefill_reads_the_experts_its_prompt_touches() -> None:
    # one prompt token reads 13B of weights; a 500-token prompt reads all 47B
    assert prefill_weight_bytes(workload(params_b=47.0, active_params_b=13.0, prompt_tokens=1.0)) == pytest.approx(26e9)
    assert prefill_weight_bytes(workload(params_b=47.0, active_params_b=13.0)) == pytest.approx(94e9, rel=1e-6)


def test_moe_batch1_step_costs_like_its_active_params(plain_roofline: Coefficients) -> None:
    moe, dense_active = workload(params_b=47.0, active_params_b=13.0), workload(params_b=13.0, active_params_b=13.0)
    assert decode_step_s(moe, plain_roofline) == pytest.approx(decode_step_s(dense_active, plain_roofline), rel=0.01)
    big = {"batch_size": 256.0, "prompt_tokens": 10.0, "output_tokens": 2.0}
    # at batch 256 every expert is read: 94 GB at 1,019.5 GB/s = 92.2 ms, memory-bound on total params, while the
    # dense 13B model is compute-bound (2 · 13e9 · 256 FLOPs at 156 TFLOP/s = 42.7 ms)
    assert decode_step_s(replace(moe, **big), plain_roofline) == pytest.approx(94e9 / (0.5 * 2039e9), rel=0.01)
    assert decode_step_s(replace(dense_active, **big), plain_roofline) == pytest.approx(
        2 * 13e9 * 256 / 156e12, rel=0.01
    )


def test_power_fraction_at_batch1_memory_bound(plain_roofline: Coefficients) -> None:
    # static 0.2 + memory 0.5 × 50 % bandwidth + compute 1.0 × 0.3 % FLOP/s ≈ 0.453 of TDP
    w = workload(prompt_tokens=1.0, output_tokens=1001.0)
    cost = request_cost(w, plain_roofline)
    watts = cost.gpu_energy_j / cost.device_share_s
    assert watts / A100_80.tdp_w == pytest.approx(0.453, abs=0.01)


def test_power_never_exceeds_tdp(plain_roofline: Coefficients) -> None:
    hot = replace(plain_roofline, static_power_frac=0.7, compute_power_frac=2.0)
    cost = request_cost(workload(batch_size=1024.0, prompt_tokens=2000.0), hot)
    assert cost.gpu_energy_j <= A100_80.tdp_w * cost.device_share_s * (1 + 1e-9)


@pytest.mark.parametrize(
    "params_b, active_b, precision, hw, expected",
    [
        (7.0, 7.0, "fp16", A100_80, 1),  # 14.7 GB
        (7.0, 7.0, "fp16", A100_40, 1),
        (70.0, 70.0, "fp16", A100_80, 4),  # 147 GB > 2 × 72 GB usable
        (70.0, 70.0, "fp16", A100_40, 8),  # as ML.ENERGY ran Llama 3.1 70B on A100-40GB
        (70.0, 70.0, "fp8", H100, 2),  # 73.5 GB > 72 GB usable
        (70.0, 70.0, "int4", A100_80, 1),  # 41 GB
        (47.0, 13.0, "fp16", A100_80, 2),  # MoE: all experts in memory (98.7 GB)
        (405.0, 405.0, "bf16", H100, 16),  # 850 GB
    ],
)
def test_devices_from_memory(params_b: float, active_b: float, precision: str, hw: Any, expected: int) -> None:
    assert min_devices(params_b, active_b, precision, hw.memory_gb) == expected


def test_kv_cache_of_a_large_batch_needs_more_devices() -> None:
    # 8B fp16 (16.8 GB) fits one A100-40GB at batch 1; 256 sequences of 4k tokens add ~140 GB of KV cache
    assert min_devices(8.0, 8.0, "fp16", 40.0) == 1
    assert min_devices(8.0, 8.0, "fp16", 40.0, batch_size=256, context_tokens=4096) == 8
