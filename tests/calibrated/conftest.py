from __future__ import annotations

from typing import Any

import pytest

from rice_core.catalog.specs import HardwareSpec
from rice_core.engines.base import EngineInput
from rice_core.physics.coefficients import Coefficients

# Datasheet figures written out here, so that hand-checked values do not move with catalog edits:
# dense fp16/bf16 tensor FLOP/s, HBM bandwidth, TDP of the SXM parts (NVIDIA A100 and H100 datasheets)
A100_40 = HardwareSpec(
    id="a100-40gb",
    name="A100 SXM4 40GB",
    vendor="nvidia",
    memory_gb=40.0,
    tdp_w=400.0,
    fp16_tflops=312.0,
    mem_bw_gbps=1555.0,
    sources=("datasheet",),
)
A100_80 = HardwareSpec(
    id="a100-80gb",
    name="A100 SXM4 80GB",
    vendor="nvidia",
    memory_gb=80.0,
    tdp_w=400.0,
    fp16_tflops=312.0,
    mem_bw_gbps=2039.0,
    sources=("datasheet",),
)
H100 = HardwareSpec(
    id="h100-sxm",
    name="H100 SXM5 80GB",
    vendor="nvidia",
    memory_gb=80.0,
    tdp_w=700.0,
    fp16_tflops=989.0,
    mem_bw_gbps=3350.0,
    sources=("datasheet",),
    fp8_tflops=1979.0,
)


def engine_input(**overrides: Any) -> EngineInput:
    """A 7B dense fp16 request on one A100-80GB at batch 1 unless overridden."""
    fields: dict[str, Any] = {
        "params_b": 7.0,
        "active_params_b": 7.0,
        "prompt_tokens": 500,
        "output_tokens": 200,
        "hardware": A100_80,
        "devices": None,
        "batch_size": 1.0,
        "precision": "fp16",
    }
    fields.update(overrides)
    return EngineInput(**fields)


@pytest.fixture
def plain_roofline() -> Coefficients:
    """Hand-picked coefficients for hand-checked values: 50 % of bandwidth, 50 % of FLOP/s, no overheads."""
    return Coefficients(
        mem_bw_efficiency=0.5,
        mfu_decode=0.5,
        mfu_prefill=0.5,
        launch_s_per_layer=0.0,
        allreduce_s_per_doubling=0.0,
        seq_overhead_s=0.0,
        static_power_frac=0.2,
        memory_power_frac=0.5,
        compute_power_frac=1.0,
        batched_log_band=(-0.2, 0.2),
        batch1_log_band=(-0.5, 0.5),
    )
