"""The default engine: batched serving, measured power, MoE, devices from memory, hardware and precision scaling.

Times come from a roofline (prefill compute-bound; each decode step bound by memory or compute) plus fitted
overheads; power from what the devices do (static + memory traffic + FLOPs, × TDP); a request is charged its share
of the batch. Coefficients are data (``rice_core/data/coefficients/calibrated.json``, refit with
``python -m rice_core.fit.calibrated``); the range is the held-out error measured on ML.ENERGY v2 and HELM.
"""

from __future__ import annotations

import math

from rice_core.catalog.specs import HardwareSpec
from rice_core.engines.base import EngineInput, EngineOutput
from rice_core.errors import InputError
from rice_core.physics.coefficients import Coefficients, load_coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.memory import min_devices
from rice_core.physics.model_shape import ModelShape
from rice_core.physics.workload import Workload
from rice_core.precision import bytes_per_param, canonical_precision
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption

NAME = "calibrated"
DEFAULT_SHAPE = ModelShape()
FITTED_PARAMS_B = (0.35, 530.0)  # smallest and largest model in the fitting data (HELM ada … MT-NLG)
QUANTISED = ("int4", "int8")  # integer weight formats read at ``Coefficients.quant_weight_read_share``


def peak_tflops(hardware: HardwareSpec, precision: str) -> float:
    """Dense peak FLOP/s of the matmuls: fp8 weights use fp8 tensor cores where the device has them."""
    if precision == "fp8" and hardware.fp8_tflops:
        return hardware.fp8_tflops
    return hardware.fp16_tflops


def checked_precision(inp: EngineInput) -> str:
    """The canonical precision of a request whose sizes the physics can use (else InputError)."""
    if not (inp.params_b > 0 and inp.active_params_b > 0):
        raise InputError(
            f"params_b and active_params_b must be positive, got {inp.params_b!r}, {inp.active_params_b!r}"
        )
    return canonical_precision(inp.precision)


def resolve_devices(inp: EngineInput, precision: str) -> int:
    """The caller's device count, or the smallest power of two holding weights and the batch's KV cache."""
    if inp.devices is not None:
        return max(int(inp.devices), 1)
    context = float(inp.prompt_tokens + inp.output_tokens)
    return min_devices(
        inp.params_b,
        inp.active_params_b,
        precision,
        inp.hardware.memory_gb,
        batch_size=inp.batch_size,
        context_tokens=context,
        known_layers=known_layers(inp),
        kv_scale=inp.kv_scale,
        window=(shape_of(inp).kv_window_scale, shape_of(inp).kv_window_tokens),
        state_bytes=shape_of(inp).state_bytes,
    )


def shape_of(inp: EngineInput) -> ModelShape:
    """The request's architecture shape (the default transformer when the caller gives none)."""
    return inp.shape if inp.shape is not None else DEFAULT_SHAPE


def known_layers(inp: EngineInput) -> float | None:
    """The caller's (catalog's) layer count, if positive; None lets the physics use the power law of params."""
    return float(inp.layers) if inp.layers is not None and inp.layers > 0 else None


def workload_of(inp: EngineInput, precision: str, devices: int) -> Workload:
    """The physics' view of one request (an MoE's active params are capped at its total)."""
    hw = inp.hardware
    return Workload(
        params_b=float(inp.params_b),
        active_params_b=float(min(inp.active_params_b, inp.params_b)),
        prompt_tokens=float(max(inp.prompt_tokens, 0)),
        output_tokens=float(max(inp.output_tokens, 0)),
        devices=float(devices),
        batch_size=float(max(inp.batch_size, 1.0)),
        bytes_per_param=bytes_per_param(precision),
        mem_bw_gbps=hw.mem_bw_gbps,
        peak_tflops=peak_tflops(hw, precision),
        tdp_w=hw.tdp_w,
        layers=known_layers(inp),
        kv_scale=inp.kv_scale,
        kv_window_scale=shape_of(inp).kv_window_scale,
        kv_window_tokens=shape_of(inp).kv_window_tokens,
        state_bytes=shape_of(inp).state_bytes,
        moe_routed_share=shape_of(inp).moe_routed_share,
        moe_expert_draw=shape_of(inp).moe_expert_draw,
        fp8_weights=1.0 if precision == "fp8" else 0.0,
        quant_weights=1.0 if precision in QUANTISED else 0.0,
    )


def _warnings(inp: EngineInput) -> tuple[Problem, ...]:
    low, high = FITTED_PARAMS_B
    if low <= inp.params_b <= high:
        return ()
    return (
        Problem(
            "extrapolated-model-size",
            f"{inp.params_b:g}B parameters is outside the calibration data ({low:g}–{high:g}B)",
        ),
    )


def _assumptions(inp: EngineInput, devices: int, power_w: float) -> tuple[Assumption, ...]:
    if inp.devices is not None:
        device_note = Assumption("devices", devices, "argument")
    else:
        device_note = Assumption("devices", devices, "fit", "smallest power of two holding weights + KV cache")
    power_note = Assumption(
        "device_power_w",
        round(power_w),
        "fit",
        f"average per device over the request ({power_w / inp.hardware.tdp_w:.0%} of TDP)",
    )
    return (device_note, power_note)


def _output(inp: EngineInput, c: Coefficients, devices: int, cost_values: tuple[float, ...]) -> EngineOutput:
    prefill_s, decode_s, share_s, energy_j = cost_values
    energy_wh = energy_j / 3600.0
    low, high = c.log_band(inp.batch_size, inp.hardware.id, inp.unshaped)
    power_w = energy_j / (devices * share_s) if share_s > 0 else 0.0
    return EngineOutput(
        devices=devices,
        prefill_s=prefill_s,
        decode_s=decode_s,
        latency_s=prefill_s + decode_s,
        gpu_energy_wh=energy_wh,
        gpu_energy_range_wh=Range(energy_wh * math.exp(low), energy_wh * math.exp(high)),
        assumptions=_assumptions(inp, devices, power_w),
        warnings=_warnings(inp),
    )


def coefficients_for(stack: str | None) -> Coefficients:
    """The serving stack's coefficients (``physics/stacks.py``); None → the 2022-2024 fit."""
    if stack is None:
        return load_coefficients()
    from rice_core.physics.stacks import canonical_stack, stack_coefficients

    return stack_coefficients(canonical_stack(stack))


def run(inp: EngineInput) -> EngineOutput:
    """Per-request times and GPU energy (with its measured-error range) of one call."""
    c = coefficients_for(inp.stack)
    precision = checked_precision(inp)
    devices = resolve_devices(inp, precision)
    cost = request_cost(workload_of(inp, precision, devices), c)
    values = (float(cost.prefill_s), float(cost.decode_s), float(cost.device_share_s), float(cost.gpu_energy_j))
    return _output(inp, c, devices, values)


def run_many(inputs: list[EngineInput]) -> list[EngineOutput]:
    """``run`` over many inputs at once, the physics evaluated on numpy arrays (``engines/calibrated_batch.py``)."""
    from rice_core.engines.calibrated_batch import run_many as run_batch

    return run_batch(inputs)
