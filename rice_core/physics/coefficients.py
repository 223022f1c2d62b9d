"""The calibrated engine's fitted coefficients: data in ``rice_core/data/coefficients/calibrated.json``, read once."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rice_core.errors import CatalogError

COEFFICIENTS_FILE = "calibrated.json"


@dataclass(frozen=True)
class UnshapedBands:
    """Bands of estimates whose depth, attention and routing are defaults (JSON ``error_band.unshaped``)."""

    batched: tuple[float, float]
    batch1: tuple[float, float]
    by_hardware: tuple[tuple[str, tuple[float, float]], ...] = ()

    @staticmethod
    def from_dict(entry: dict[str, Any]) -> UnshapedBands:
        by_hw = entry.get("batched_by_hardware", {})
        return UnshapedBands(
            _band(entry["batched"]), _band(entry["batch1"]), tuple((str(h), _band(by_hw[h])) for h in sorted(by_hw))
        )


@dataclass(frozen=True)
class Coefficients:
    """Few, physical, fitted numbers (see the JSON's ``notes`` for how each was fitted)."""

    mem_bw_efficiency: float  # achieved / peak memory bandwidth while streaming weights and KV cache
    mfu_decode: float  # achieved / peak FLOP/s of decode matmuls (compute-bound at large batch)
    mfu_prefill: float  # achieved / peak FLOP/s of prefill
    launch_s_per_layer: float  # launch-bound floor of a forward pass per layer (overlaps device work)
    allreduce_s_per_doubling: float  # latency of one tensor-parallel all-reduce (2 per layer), per doubling of devices
    seq_overhead_s: float  # per running sequence per step: scheduling, sampling, detokenising (host)
    static_power_frac: float  # device power while stepping but waiting (host, launches), × TDP
    memory_power_frac: float  # extra power at full memory bandwidth, × TDP
    compute_power_frac: float  # extra power at full compute throughput, × TDP
    batched_log_band: tuple[float, float]  # held-out quantiles of log(measured / predicted energy), ML.ENERGY
    batch1_log_band: tuple[float, float]  # the same widened by held-out HELM latency error (no batch-1 energy data)
    launch_overlapped: bool = True  # eager stacks: a pass takes max(launch floor, roofline); CUDA graphs: the sum
    stack: str = "vllm-2024"  # the serving software these coefficients describe (physics/stacks.py)
    # achieved bandwidth of fp8 weight reads as a share of ``mem_bw_efficiency`` (block-scaled fp8 kernels dequantise
    # and quantise activations in the GEMM); 1.0 where the fit saw no fp8 weights (the 2022-2024 stacks)
    fp8_weight_read_share: float = 1.0
    # achieved bandwidth of integer-quantised (int4/int8) weight reads as a share of ``mem_bw_efficiency``; 1.0 where
    # the fit saw no quantised weights (every stack but llama.cpp)
    quant_weight_read_share: float = 1.0
    # per-layer launch floor of a pass with int4 / int8 weights as a multiple of the 16-bit one (eager transformers:
    # bitsandbytes launches several kernels per quantised linear layer); 1.0 where the fit saw none (every other stack)
    int4_launch_factor: float = 1.0
    int8_launch_factor: float = 1.0
    # the most a device reaches in this runtime whatever its datasheet: bandwidth (GB/s) and prefill matmul FLOP/s
    # (TFLOP/s); unbounded where the fit saw no ceiling (every stack but llama.cpp)
    mem_bw_ceiling_gbps: float = math.inf
    prefill_tflops_ceiling: float = math.inf
    # batched band per GPU (hardware id -> band) where the fit's data measured it; others use ``batched_log_band``
    hardware_log_bands: tuple[tuple[str, tuple[float, float]], ...] = ()
    # the bands of an estimate whose shapes are defaults (a model the catalog does not describe): the same regimes,
    # from held-out residuals of models stripped of their shapes; None where the fit measured none (shaped bands used)
    unshaped: UnshapedBands | None = None

    def log_band(
        self, batch_size: float, hardware_id: str | None = None, unshaped: bool = False
    ) -> tuple[float, float]:
        """The error band of the regime: batch 1 (below 2 concurrent requests) or batched serving, the latter on
        ``hardware_id``'s own held-out errors where the data measured that GPU; ``unshaped``: of a model known only
        by its sizes, where the stack's fit measured that regime."""
        if unshaped and self.unshaped is not None:
            u = self.unshaped
            return u.batch1 if batch_size < 2.0 else dict(u.by_hardware).get(hardware_id or "", u.batched)
        if batch_size < 2.0:
            return self.batch1_log_band
        return dict(self.hardware_log_bands).get(hardware_id or "", self.batched_log_band)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Coefficients:
        """Validate and convert the JSON's ``coefficients`` and ``error_band`` objects."""
        try:
            values = {name: float(data["coefficients"][name]) for name in _SCALARS}
            values |= {name: float(data["coefficients"].get(name, default)) for name, default in _OPTIONAL.items()}
            bands = data["error_band"]
            return Coefficients(
                **values,
                batched_log_band=_band(bands["batched"]),
                batch1_log_band=_band(bands["batch1"]),
                launch_overlapped=bool(data.get("physics", {}).get("launch_overlapped", True)),
                hardware_log_bands=tuple(
                    (str(hw), _band(entry)) for hw, entry in sorted(bands.get("batched_by_hardware", {}).items())
                ),
                stack=str(data.get("stack", "vllm-2024")),
                unshaped=UnshapedBands.from_dict(bands["unshaped"]) if "unshaped" in bands else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogError(f"{COEFFICIENTS_FILE}: missing or invalid coefficient ({exc})") from exc

    def to_dict(self) -> dict[str, float]:
        """The scalar coefficients by name (the JSON's ``coefficients`` object); a stack-specific one only where its
        fit set it (not at its default)."""
        optional = {name: getattr(self, name) for name, default in _OPTIONAL.items() if getattr(self, name) != default}
        return {name: getattr(self, name) for name in _SCALARS} | optional


def _band(entry: dict[str, Any]) -> tuple[float, float]:
    low, high = float(entry["log_low"]), float(entry["log_high"])
    if not low <= 0.0 <= high:
        raise ValueError(f"error band ({low}, {high}) must contain 0")
    return (low, high)


_OPTIONAL = {
    "fp8_weight_read_share": 1.0,
    "quant_weight_read_share": 1.0,
    "int4_launch_factor": 1.0,
    "int8_launch_factor": 1.0,
    "mem_bw_ceiling_gbps": math.inf,
    "prefill_tflops_ceiling": math.inf,
}  # coefficients only some stacks fit, with the value meaning "no effect"
_SCALARS = (
    "mem_bw_efficiency",
    "mfu_decode",
    "mfu_prefill",
    "launch_s_per_layer",
    "allreduce_s_per_doubling",
    "seq_overhead_s",
    "static_power_frac",
    "memory_power_frac",
    "compute_power_frac",
)


@cache
def coefficients_document() -> dict[str, Any]:
    """The whole shipped JSON document (coefficients, error band, notes, data version)."""
    text = resources.files("rice_core.data.coefficients").joinpath(COEFFICIENTS_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def load_coefficients() -> Coefficients:
    """The shipped coefficients, parsed on first use."""
    return Coefficients.from_dict(coefficients_document())
