"""Device power from what the devices do, and one request's share of time and energy.

Power of a device = TDP × (static + memory · bandwidth utilisation + compute · FLOP utilisation), never above TDP:
a memory-bound step at batch 1 draws well above the 26 % of TDP the paper assumes, a compute-bound batch more,
and time spent waiting on launches or the host draws only the static part. Energy per request is therefore
TDP × (static · its device-seconds + memory · its bytes / peak bandwidth + compute · its FLOPs / peak FLOP/s).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rice_core.physics.coefficients import Coefficients
from rice_core.physics.timing import (
    decode_step_s,
    decode_steps,
    minimum,
    prefill_flops,
    prefill_share_s,
    prefill_wall_s,
    prefill_weight_bytes,
    step_bytes,
    step_flops,
)
from rice_core.physics.workload import Workload


@dataclass(frozen=True)
class RequestCost:
    """Wall times the request sees, and its share of device time and energy (floats or arrays)."""

    prefill_s: Any
    decode_s: Any
    device_share_s: Any  # this request's share of the wall time of its devices (one device's clock)
    gpu_energy_j: Any  # this request's share of accelerator energy, all devices


def share_bytes(w: Workload) -> Any:
    """Bytes moved on this request's behalf: its prefill's weight read split over the batch, its decode steps' share."""
    prefill = prefill_weight_bytes(w) / w.batch_size
    return prefill + decode_steps(w) * step_bytes(w) / w.batch_size


def share_flops(w: Workload) -> Any:
    """FLOPs done for this request: its prefill and its share of the decode steps."""
    return prefill_flops(w) + decode_steps(w) * step_flops(w) / w.batch_size


def energy_j(w: Workload, c: Coefficients, device_share_s: Any) -> Any:
    """Accelerator energy of the request's share, J, capped at every device drawing TDP for that time."""
    static = c.static_power_frac * w.devices * device_share_s
    memory = c.memory_power_frac * share_bytes(w) / (w.mem_bw_gbps * 1e9)
    compute = c.compute_power_frac * share_flops(w) / (w.peak_tflops * 1e12)
    return w.tdp_w * minimum(static + memory + compute, w.devices * device_share_s)


def request_cost(w: Workload, c: Coefficients) -> RequestCost:
    """Times and energy of one request (or many, with array fields)."""
    step_s = decode_step_s(w, c)
    share_s = prefill_share_s(w, c) + decode_steps(w) * step_s / w.batch_size
    return RequestCost(
        prefill_s=prefill_wall_s(w, c),
        decode_s=decode_steps(w) * step_s,
        device_share_s=share_s,
        gpu_energy_j=energy_j(w, c, share_s),
    )
