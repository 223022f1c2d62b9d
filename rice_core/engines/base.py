"""The contract between ``estimate()`` and the engines: plain inputs in, per-request runtime and GPU energy out."""

from __future__ import annotations

from dataclasses import dataclass

from rice_core.catalog.specs import HardwareSpec
from rice_core.physics.model_shape import ModelShape
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption


@dataclass(frozen=True, kw_only=True)
class EngineInput:
    params_b: float  # total params (memory, devices)
    active_params_b: float  # active params per token (compute, time)
    prompt_tokens: int
    output_tokens: int
    hardware: HardwareSpec
    devices: int | None  # None → the engine decides (paper: regression; calibrated: from memory)
    batch_size: float  # average concurrent requests sharing the devices (may be fractional)
    precision: str  # canonical: "fp16", "bf16", "fp8", "int8", "int4", "mxfp4"
    layers: int | None = None  # transformer layers where published (catalog); None → power law of params (shapes.py)
    stack: str | None = None  # serving stack (physics/stacks.py); None → the 2022-2024 fit (calibrated.json)
    kv_scale: float = 1.0  # factor on the default KV bytes per token (catalog/attention.py)
    shape: ModelShape | None = None  # windowed layers, SSM state, MoE routing (catalog/attention.py); None: default
    unshaped: bool = False  # sizes not from the catalog (named or given): default shapes, the stack's unshaped band


@dataclass(frozen=True, kw_only=True)
class EngineOutput:
    devices: int
    prefill_s: float
    decode_s: float
    latency_s: float
    gpu_energy_wh: float  # this request's share of accelerator energy, before PUE
    gpu_energy_range_wh: Range  # the engine's own error band (measured error), before PUE
    assumptions: tuple[Assumption, ...] = ()
    warnings: tuple[Problem, ...] = ()
