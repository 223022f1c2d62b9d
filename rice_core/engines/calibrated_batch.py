"""``calibrated.run_many``: the calibrated engine over many requests, one numpy pass from input columns to outputs.

Same formulas and the same floating-point operations as ``calibrated.run`` (devices from memory included), but the
per-request Python work is limited to reading the inputs and building the outputs; hardware figures, precisions,
KV bytes per token, warnings and the power assumption are looked up once per distinct value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from rice_core.catalog.specs import HardwareSpec
from rice_core.engines.base import EngineInput, EngineOutput
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.memory import (
    MAX_DEVICES,
    USABLE_MEMORY_FRACTION,
    WEIGHT_OVERHEAD_FRACTION,
)
from rice_core.physics.shapes import kv_bytes_per_token
from rice_core.physics.workload import Workload
from rice_core.precision import bytes_per_param, canonical_precision
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption


def run_many(inputs: Sequence[EngineInput]) -> list[EngineOutput]:
    """Per-request times, GPU energy and range of every input (equal to ``[calibrated.run(i) for i in inputs]``)."""
    from rice_core.engines.calibrated import checked_precision, coefficients_for

    if not inputs:
        return []
    stacks = {i.stack for i in inputs}
    if len(stacks) > 1:
        return _by_stack(inputs)
    c = coefficients_for(next(iter(stacks)))
    cols = _columns(inputs)
    if not (np.all(cols["params"] > 0) and np.all(cols["active_raw"] > 0)):  # not (x > 0) also catches NaN
        for inp in inputs:
            checked_precision(inp)  # raises the engine's InputError for the first bad request
    devices = _devices(cols)
    cost = request_cost(_workload(cols, devices), c)
    return _outputs(inputs, cols, devices, c, cost.prefill_s, cost.decode_s, cost.device_share_s, cost.gpu_energy_j)


def _by_stack(inputs: Sequence[EngineInput]) -> list[EngineOutput]:
    """``run_many`` per serving stack (each its own coefficients), results back in input order."""
    out: list[EngineOutput | None] = [None] * len(inputs)
    groups: dict[str | None, list[int]] = {}
    for k, inp in enumerate(inputs):
        groups.setdefault(inp.stack, []).append(k)
    for indices in groups.values():
        for k, result in zip(indices, run_many([inputs[k] for k in indices])):
            out[k] = result
    return out  # type: ignore[return-value]


def _columns(inputs: Sequence[EngineInput]) -> dict[str, np.ndarray]:
    """Input fields as float arrays, and per-(hardware, precision) figures broadcast to each request."""
    n = len(inputs)
    fields = ("params_b", "active_params_b", "prompt_tokens", "output_tokens", "batch_size", "kv_scale")
    params, active, prompt, output, batch, kv_scale = (
        np.fromiter((getattr(i, f) for i in inputs), float, n) for f in fields
    )
    given = np.fromiter((0 if i.devices is None else max(int(i.devices), 1) for i in inputs), float, n)
    seen: dict[tuple[int, str], tuple[float, ...]] = {}  # hashing a HardwareSpec costs more than its id
    rows = [
        seen.get((id(i.hardware), i.precision))
        or seen.setdefault((id(i.hardware), i.precision), _figures(i.hardware, i.precision))
        for i in inputs
    ]
    figures = np.array(rows, dtype=float).reshape(n, 7)
    depth = np.fromiter((i.layers if i.layers is not None and i.layers > 0 else np.nan for i in inputs), float, n)
    shapes = _shape_columns(inputs)
    return {
        **shapes,
        "params": params,
        "active_raw": active,
        "prompt": prompt,
        "output": output,
        "batch_raw": batch,
        "given": given,
        "bpp": figures[:, 0],
        "mem_bw": figures[:, 1],
        "peak": figures[:, 2],
        "tdp": figures[:, 3],
        "memory_gb": figures[:, 4],
        "fp8": figures[:, 5],
        "quant": figures[:, 6],
        "layers": depth,
        "kv_per_token": _kv_per_token(active, depth),
        "kv_scale": kv_scale,
    }


def _shape_columns(inputs: Sequence[EngineInput]) -> dict[str, np.ndarray]:
    """The architecture shapes (``EngineInput.shape``) as columns; NaN where the MoE routing is not known."""
    from rice_core.engines.calibrated import shape_of

    nan = float("nan")
    rows = [shape_of(i) for i in inputs]
    table = np.array(
        [
            (
                r.kv_window_scale,
                r.kv_window_tokens,
                r.state_bytes,
                nan if r.moe_routed_share is None else r.moe_routed_share,
                nan if r.moe_expert_draw is None else r.moe_expert_draw,
            )
            for r in rows
        ],
        dtype=float,
    ).reshape(len(rows), 5)
    names = ("kv_window_scale", "kv_window_tokens", "state_bytes", "moe_routed_share", "moe_expert_draw")
    return {name: table[:, k] for k, name in enumerate(names)}


def _figures(hardware: HardwareSpec, precision: str) -> tuple[float, ...]:
    """(bytes/param, GB/s, peak TFLOP/s, TDP W, memory GB, 1 for fp8 weights, 1 for integer-quantised weights) of one
    hardware at one precision."""
    from rice_core.engines.calibrated import QUANTISED, peak_tflops

    canonical = canonical_precision(precision)
    return (
        bytes_per_param(canonical),
        hardware.mem_bw_gbps,
        peak_tflops(hardware, canonical),
        hardware.tdp_w,
        hardware.memory_gb,
        1.0 if canonical == "fp8" else 0.0,
        1.0 if canonical in QUANTISED else 0.0,
    )


def _kv_per_token(active_params_b: np.ndarray, depth: np.ndarray) -> np.ndarray:
    """KV bytes per token of context, computed once per distinct (size, layers) with the scalar formula (bit-identical)."""
    pairs = np.stack([active_params_b, np.nan_to_num(depth, nan=-1.0)], axis=1)
    values, inverse = np.unique(pairs, axis=0, return_inverse=True)
    per_value = np.array(
        [kv_bytes_per_token(float(v), known_layers=float(d) if d > 0 else None) if v > 0 else 0.0 for v, d in values]
    )
    return per_value[inverse.reshape(active_params_b.shape)]


def _devices(cols: dict[str, np.ndarray]) -> np.ndarray:
    """The caller's count, or the smallest power of two holding weights + the batch's KV cache (``min_devices``)."""
    weight_gb = cols["params"] * cols["bpp"] * (1.0 + WEIGHT_OVERHEAD_FRACTION)
    context = cols["prompt"] + cols["output"]
    held = cols["kv_scale"] * context + cols["kv_window_scale"] * np.minimum(context, cols["kv_window_tokens"])
    kv_gb = np.maximum(cols["batch_raw"], 1.0) * (held * cols["kv_per_token"] + cols["state_bytes"]) / 1e9
    need_gb = weight_gb + kv_gb
    devices = np.ones_like(need_gb)
    while True:
        grow = (devices * cols["memory_gb"] * USABLE_MEMORY_FRACTION < need_gb) & (devices < MAX_DEVICES)
        if not grow.any():
            break
        devices = np.where(grow, devices * 2.0, devices)
    return np.where(cols["given"] > 0, cols["given"], devices)


def _workload(cols: dict[str, np.ndarray], devices: np.ndarray) -> Workload:
    return Workload(
        params_b=cols["params"],
        active_params_b=np.minimum(cols["active_raw"], cols["params"]),
        prompt_tokens=np.maximum(cols["prompt"], 0.0),
        output_tokens=np.maximum(cols["output"], 0.0),
        devices=devices,
        batch_size=np.maximum(cols["batch_raw"], 1.0),
        bytes_per_param=cols["bpp"],
        mem_bw_gbps=cols["mem_bw"],
        peak_tflops=cols["peak"],
        tdp_w=cols["tdp"],
        layers=cols["layers"],
        kv_scale=cols["kv_scale"],
        kv_window_scale=cols["kv_window_scale"],
        kv_window_tokens=cols["kv_window_tokens"],
        state_bytes=cols["state_bytes"],
        moe_routed_share=cols["moe_routed_share"] if np.isfinite(cols["moe_routed_share"]).any() else None,
        moe_expert_draw=cols["moe_expert_draw"],
        fp8_weights=cols["fp8"],
        quant_weights=cols["quant"],
    )


def _outputs(
    inputs: Sequence[EngineInput],
    cols: dict[str, np.ndarray],
    devices: np.ndarray,
    c: Coefficients,
    prefill_s: np.ndarray,
    decode_s: np.ndarray,
    share_s: np.ndarray,
    energy_j: np.ndarray,
) -> list[EngineOutput]:
    energy_wh = energy_j / 3600.0
    batch1 = cols["batch_raw"] < 2.0
    low_k, high_k = _band_factors(inputs, batch1, c, False)
    unshaped = np.fromiter((i.unshaped for i in inputs), bool, len(inputs))
    if unshaped.any():  # models known only by their sizes: the stack's unshaped band where it has one
        u_low, u_high = _band_factors(inputs, batch1, c, True)
        low_k, high_k = np.where(unshaped, u_low, low_k), np.where(unshaped, u_high, high_k)
    low, high = energy_wh * low_k, energy_wh * high_k
    busy_s = devices * share_s
    power_w = np.divide(energy_j, busy_s, out=np.zeros_like(energy_j), where=share_s > 0)
    rows = zip(
        inputs,
        devices.astype(int).tolist(),
        (cols["given"] > 0).tolist(),
        prefill_s.tolist(),
        decode_s.tolist(),
        (prefill_s + decode_s).tolist(),
        energy_wh.tolist(),
        low.tolist(),
        high.tolist(),
        power_w.tolist(),
        cols["tdp"].tolist(),
        cols["params"].tolist(),
    )
    return [
        EngineOutput(
            devices=d,
            prefill_s=pre,
            decode_s=dec,
            latency_s=lat,
            gpu_energy_wh=e,
            gpu_energy_range_wh=Range(lo, hi),
            assumptions=_assumptions(given, d, round(p), f"{p / tdp:.0%}"),
            warnings=_warnings(params),
        )
        for inp, d, given, pre, dec, lat, e, lo, hi, p, tdp, params in rows
    ]


def _band_factors(
    inputs: Sequence[EngineInput], batch1: np.ndarray, c: Coefficients, unshaped: bool
) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) factors of each request's band: batch 1, or batched on its GPU (its own where the fit measured
    it), catalog-shaped or ``unshaped``, as ``calibrated.run`` computes them."""
    b1_low, b1_high = (math.exp(x) for x in c.log_band(1.0, None, unshaped))
    factors = {hw: [math.exp(x) for x in c.log_band(2.0, hw, unshaped)] for hw in {i.hardware.id for i in inputs}}
    bt_low = np.array([factors[i.hardware.id][0] for i in inputs])
    bt_high = np.array([factors[i.hardware.id][1] for i in inputs])
    return np.where(batch1, b1_low, bt_low), np.where(batch1, b1_high, bt_high)


@lru_cache(maxsize=4096)
def _assumptions(given: bool, devices: int, power_w: int, share_of_tdp: str) -> tuple[Assumption, ...]:
    """The two engine assumptions (see ``calibrated._assumptions``), shared between equal requests."""
    if given:
        device_note = Assumption("devices", devices, "argument")
    else:
        device_note = Assumption("devices", devices, "fit", "smallest power of two holding weights + KV cache")
    return (
        device_note,
        Assumption("device_power_w", power_w, "fit", f"average per device over the request ({share_of_tdp} of TDP)"),
    )


@lru_cache(maxsize=1024)
def _warnings(params_b: float) -> tuple[Problem, ...]:
    from rice_core.engines.calibrated import FITTED_PARAMS_B

    low, high = FITTED_PARAMS_B
    if low <= params_b <= high:
        return ()
    return (
        Problem(
            "extrapolated-model-size", f"{params_b:g}B parameters is outside the calibration data ({low:g}–{high:g}B)"
        ),
    )
