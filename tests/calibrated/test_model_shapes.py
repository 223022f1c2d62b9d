"""Architecture shapes in the physics (issue 10): windowed layers, recurrent SSM state, MoE routing, and the error
band per GPU generation. Hand-computed values, monotonicity, run == run_many, and the catalog's sourced entries."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rice_core.catalog.attention import model_shape, model_shapes
from rice_core.engines import calibrated
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.memory import kv_cache_gb, min_devices
from rice_core.physics.model_shape import ModelShape
from rice_core.physics.shapes import kv_bytes_per_token
from rice_core.physics.stacks import stack_coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.timing import decode_step_s, experts_read_fraction, kv_tokens_read, step_bytes

from .conftest import A100_80, H100, engine_input
from .test_physics import workload

KV_7B = kv_bytes_per_token(7.0)  # default shape: 2 × layers × 1,024 × 2 bytes


def test_windowed_layers_hold_the_whole_context_until_the_window_then_the_window() -> None:
    # half the KV in full layers (0.5), the other half in layers keeping 1,024 tokens (0.5)
    w = workload(kv_scale=0.5, kv_window_scale=0.5, kv_window_tokens=1024.0)
    assert kv_tokens_read(w, 600.0) == pytest.approx(600.0)  # short context: every layer holds all of it
    assert kv_tokens_read(w, 4000.0) == pytest.approx(0.5 * 4000 + 0.5 * 1024)  # 2,512 tokens' worth
    # one decode step at batch 8, context 500 + 201 / 2 = 600.5 tokens: weights + 8 × 600.5 tokens of KV
    w8 = replace(w, batch_size=8.0)
    assert step_bytes(w8) == pytest.approx(7e9 * 2 + 8 * 600.5 * KV_7B)


def test_recurrent_state_is_read_and_written_every_step_whatever_the_context() -> None:
    state = 141_557_760.0  # 27 Mamba-2 layers × 128 heads × 80 × 128 × 4 bytes
    short = workload(batch_size=16.0, kv_scale=0.0, state_bytes=state, output_tokens=101.0)
    long = replace(short, output_tokens=8001.0)
    assert step_bytes(short) == pytest.approx(7e9 * 2 + 2 * 16 * state)  # no KV at all: 14 + 4.5 GB
    assert step_bytes(long) == pytest.approx(step_bytes(short))
    # memory: the state of every running sequence, GB
    assert kv_cache_gb(7.0, 16.0, 2000.0, kv_scale=0.0, state_bytes=state) == pytest.approx(16 * state / 1e9)


def test_moe_routing_reads_the_dense_part_always_and_each_expert_with_probability_k_over_e() -> None:
    # 30.5B: 95 % of the params in 128 routed experts, 8 per token (Qwen3-30B-A3B)
    w = workload(params_b=30.5, active_params_b=3.3, moe_routed_share=0.95, moe_expert_draw=8 / 128)
    assert experts_read_fraction(w, 1.0) == pytest.approx(0.05 + 0.95 * 0.0625)  # 0.109 ≈ 3.3 / 30.5
    assert experts_read_fraction(w, 8.0) == pytest.approx(0.05 + 0.95 * (1 - (1 - 0.0625) ** 8))  # 0.433
    assert experts_read_fraction(w, 1e4) == pytest.approx(1.0)
    # without the routing, every weight is drawn with probability active / total: more read at batch 8
    legacy = replace(w, moe_routed_share=None, moe_expert_draw=None)
    assert experts_read_fraction(legacy, 8.0) == pytest.approx(1 - (1 - 3.3 / 30.5) ** 8)  # 0.600


@pytest.mark.parametrize(
    "shape",
    [
        ModelShape(kv_window_scale=0.5, kv_window_tokens=128.0),
        ModelShape(state_bytes=1.4e8),
        ModelShape(moe_routed_share=0.95, moe_expert_draw=0.0625),
    ],
)
def test_more_tokens_or_a_bigger_batch_never_cost_less_with_a_shape(shape: ModelShape) -> None:
    def energy(**kw: float) -> float:
        inp = engine_input(params_b=30.0, active_params_b=3.0, hardware=H100, shape=shape, stack="vllm-2025", **kw)
        return calibrated.run(inp).gpu_energy_wh

    outputs = [energy(output_tokens=n, batch_size=8.0) for n in (10, 100, 1000, 10000)]
    prompts = [energy(prompt_tokens=n, batch_size=8.0) for n in (10, 100, 1000, 10000)]
    assert outputs == sorted(outputs) and prompts == sorted(prompts)
    # a bigger batch shares the weights over more requests, but the whole batch never costs less
    batch = [energy(batch_size=b) * b for b in (1.0, 8.0, 64.0, 512.0)]
    assert batch == sorted(batch)


def test_run_many_equals_run_with_shapes() -> None:
    shapes = [
        None,
        ModelShape(kv_window_scale=1.67, kv_window_tokens=1024.0),
        ModelShape(state_bytes=1.4e8),
        ModelShape(moe_routed_share=0.97, moe_expert_draw=0.03125),
    ]
    inputs = [
        engine_input(
            params_b=p, active_params_b=a, shape=s, batch_size=b, hardware=hw, stack="vllm-2025", output_tokens=900
        )
        for s in shapes
        for p, a in ((9.0, 9.0), (235.0, 22.0))
        for b in (1.0, 8.0, 256.0)
        for hw in (A100_80, H100)
    ]
    for inp, many in zip(inputs, calibrated.run_many(inputs)):
        one = calibrated.run(inp)
        assert many.devices == one.devices
        assert many.gpu_energy_wh == pytest.approx(one.gpu_energy_wh, rel=1e-12)
        assert many.decode_s == pytest.approx(one.decode_s, rel=1e-12)
        assert many.gpu_energy_range_wh.low == pytest.approx(one.gpu_energy_range_wh.low, rel=1e-12)
        assert many.gpu_energy_range_wh.high == pytest.approx(one.gpu_energy_range_wh.high, rel=1e-12)


def test_recurrent_state_of_a_large_batch_needs_more_devices() -> None:
    assert min_devices(9.0, 9.0, "bf16", 80.0, batch_size=512, context_tokens=1000.0, kv_scale=0.07) == 1
    many = min_devices(9.0, 9.0, "bf16", 80.0, batch_size=512, context_tokens=1000.0, kv_scale=0.07, state_bytes=1.4e8)
    assert many == 2  # 18.9 GB weights + 71.7 GB state + 5.3 GB KV > 72 GB usable on one 80 GB device


def test_batched_band_per_gpu_generation(plain_roofline: Coefficients) -> None:
    c = replace(plain_roofline, hardware_log_bands=(("b200", (-0.1, 0.3)),))
    assert c.log_band(64.0, "b200") == (-0.1, 0.3)
    assert c.log_band(64.0, "a100-80gb") == (-0.2, 0.2)  # not measured: the pooled band
    assert c.log_band(1.0, "b200") == (-0.5, 0.5)  # batch 1 keeps its own band
    shipped = stack_coefficients("vllm-2025")
    assert {hw for hw, _ in shipped.hardware_log_bands} == {"h100-sxm", "b200"}


def test_catalog_shapes_are_sourced_and_match_the_published_configs() -> None:
    shapes = model_shapes()
    assert set(shapes) >= {"gpt-oss-20b", "gemma-3-12b", "nvidia-nemotron-nano-9b-v2", "qwen3-235b-a22b"}
    assert all(source for _, source in shapes.values())
    gemma, _ = model_shape("gemma-3-12b")  # type: ignore[misc]
    assert gemma["kv_window_tokens"] == 1024 and gemma["kv_window_scale"] == pytest.approx(4096 * 40 / 48 / 2048, 1e-5)
    nemotron, _ = model_shape("nvidia-nemotron-nano-9b-v2")  # type: ignore[misc]
    assert nemotron["state_bytes"] == 27 * 128 * 80 * 128 * 4
    qwen, _ = model_shape("qwen3-235b-a22b")  # type: ignore[misc]
    # at one token the routing reads about the published active share (22B of 235B)
    one_token = (1 - qwen["moe_routed_share"]) + qwen["moe_routed_share"] * qwen["moe_expert_draw"]
    assert one_token * 235.0 == pytest.approx(22.0, rel=0.05)
    assert model_shape("llama-3.1-8b") is None


def test_fp8_weights_are_read_at_their_own_bandwidth_share(plain_roofline: Coefficients) -> None:
    # 7B fp8 = 7 GB per batch-1 step; at a 0.5 share of the 50 % bandwidth it reads like 14 GB: 13.73 ms on an A100
    c = replace(plain_roofline, fp8_weight_read_share=0.5)
    fp8 = workload(bytes_per_param=1.0, fp8_weights=1.0)
    assert decode_step_s(fp8, c) == pytest.approx(decode_step_s(fp8, plain_roofline) + 7e9 / (0.5 * 2039e9))
    assert decode_step_s(replace(fp8, fp8_weights=0.0), c) == decode_step_s(fp8, plain_roofline)  # int8: no effect
    # the bytes moved (memory energy) are the weights' own; only the time (static energy) grows
    assert step_bytes(fp8) == pytest.approx(7e9 + 600.5 * KV_7B)
    assert request_cost(fp8, c).gpu_energy_j > request_cost(fp8, plain_roofline).gpu_energy_j


def test_the_fp8_share_is_a_2025_coefficient_only() -> None:
    assert stack_coefficients("vllm-2025").fp8_weight_read_share < 1.0
    assert "fp8_weight_read_share" in stack_coefficients("vllm-2025").to_dict()
    for stack in ("vllm-2024", "megatron-2022"):
        c = stack_coefficients(stack)
        assert c.fp8_weight_read_share == 1.0 and "fp8_weight_read_share" not in c.to_dict()
