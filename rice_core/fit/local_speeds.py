"""Public speed measurements of local runtimes (llama.cpp, transformers eager) and their fit, time only.

The rows (``benchmarks/local_runtimes/speeds.csv``: facts transcribed with their sources, not shipped) are batch-1
speeds: llama-bench decode (``tg``: tokens/s over N generated tokens from an empty context) and prefill (``pp``:
prompt tokens/s), and end-to-end ``generate()`` speeds. The physics is the engine's (memory-bound decode, compute-
bound prefill); only a stack's overhead terms are fitted, in log errors of time, so that every row weighs the same.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import numpy as np
from scipy.optimize import least_squares

from rice_core.catalog.specs import HardwareSpec
from rice_core.engines.calibrated import QUANTISED, peak_tflops
from rice_core.fit.hardware import hardware_spec
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.timing import decode_step_s, prefill_wall_s
from rice_core.physics.workload import Workload
from rice_core.precision import bytes_per_param, canonical_precision

HARDWARE_FILE = "hardware.csv"  # beside the speeds: GPUs measured but not in the catalog
METRICS = ("decode_tok_s", "prefill_tok_s", "e2e_tok_s", "s_per_token")
# stack -> (coefficient, lower, upper, start) fitted on its rows; every other coefficient is the base stack's
FREE = {
    "llama.cpp": (
        ("mem_bw_efficiency", 0.3, 1.0, 0.85),
        ("quant_weight_read_share", 0.2, 1.5, 0.9),
        ("launch_s_per_layer", 0.0, 2e-3, 1e-4),
        ("mfu_prefill", 0.02, 1.0, 0.5),
        ("mem_bw_ceiling_gbps", 300.0, 5000.0, 1500.0),
        ("prefill_tflops_ceiling", 20.0, 1000.0, 150.0),
    ),
    "hf-transformers": (
        ("launch_s_per_layer", 0.0, 5e-3, 7e-4),
        ("int4_launch_factor", 1.0, 5.0, 1.5),
        ("int8_launch_factor", 1.0, 10.0, 3.0),
    ),
}
# stacks whose launch floor is the host's (eager Python): each measuring machine (source and GPU) gets its own log
# offset of the floor, kept near zero by this ridge weight, so that the shared terms (the floor of a typical host, the
# quantised formats' factors) come from within-machine contrasts and every machine weighs one vote in the floor
HOST_RIDGE = {"hf-transformers": 0.3}
HOST_STARTS = (0.0, 0.5)  # starting log offsets: a floor hidden under the roofline at 0 has no gradient there


@dataclass(frozen=True)
class Speeds:
    """One stack's usable rows as arrays (measured time in seconds per the row's metric)."""

    gpu: np.ndarray
    model: np.ndarray
    metric: np.ndarray
    measured_s: np.ndarray
    workload: Workload
    rig: np.ndarray  # the measuring machine: source (repository or page) and GPU


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV's rows (every column a string)."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def extra_hardware(path: Path) -> dict[str, HardwareSpec]:
    """Datasheet figures of measured GPUs the hardware catalog does not hold (consumer cards), from the CSV beside
    the speeds; none if the file is absent."""
    if not path.exists():
        return {}
    return {
        r["id"]: HardwareSpec(
            id=r["id"],
            name=r["name"],
            vendor="nvidia",
            memory_gb=float(r["memory_gb"]),
            tdp_w=float(r["tdp_w"]),
            fp16_tflops=float(r["fp16_tflops"]),
            mem_bw_gbps=float(r["mem_bw_gbps"]),
            sources=(r["source"],),
        )
        for r in read_rows(path)
    }


def load_speeds(path: Path, stack: str) -> Speeds:
    """The usable rows of one stack (``use`` = 1), with each row's workload from the hardware catalog."""
    rows = [r for r in read_rows(path) if r["stack"] == stack and r["use"] == "1"]
    if not rows:
        raise ValueError(f"{path}: no usable rows for stack {stack!r}")
    return rows_speeds(rows, path)


def rows_speeds(rows: list[dict[str, str]], path: Path) -> Speeds:
    """``rows`` of the CSV at ``path`` as arrays (GPUs outside the catalog from the ``hardware.csv`` beside it)."""
    col = {k: np.array([float(r[k]) for r in rows]) for k in ("params_b", "layers", "kv_scale", "value")}
    tokens = {k: np.array([float(r[k]) for r in rows]) for k in ("prompt_tokens", "output_tokens")}
    extra = extra_hardware(path.parent / HARDWARE_FILE)
    specs = [extra[r["gpu"]] if r["gpu"] in extra else hardware_spec(r["gpu"]) for r in rows]
    precisions = [canonical_precision(r["precision"]) for r in rows]
    workload = Workload(
        params_b=col["params_b"],
        active_params_b=col["params_b"],
        prompt_tokens=tokens["prompt_tokens"],
        output_tokens=tokens["output_tokens"],
        devices=np.ones(len(rows)),
        batch_size=np.ones(len(rows)),
        bytes_per_param=np.array([bytes_per_param(p) for p in precisions]),
        mem_bw_gbps=np.array([s.mem_bw_gbps for s in specs]),
        peak_tflops=np.array([peak_tflops(s, p) for s, p in zip(specs, precisions, strict=True)]),
        tdp_w=np.array([s.tdp_w for s in specs]),
        layers=col["layers"],
        kv_scale=col["kv_scale"],
        fp8_weights=np.array([1.0 if p == "fp8" else 0.0 for p in precisions]),
        quant_weights=np.array([1.0 if p in QUANTISED else 0.0 for p in precisions]),
    )
    metric = np.array([r["metric"] for r in rows])
    unknown = set(metric) - set(METRICS)
    if unknown:
        raise ValueError(f"{path}: unknown metrics {sorted(unknown)}")
    measured = measured_seconds(metric, col["value"], tokens["prompt_tokens"], tokens["output_tokens"])
    rig = np.array([f"{r['source'].split('@')[0].split(' ')[0]} | {r['gpu']}" for r in rows])
    gpu, model = np.array([r["gpu"] for r in rows]), np.array([r["model"] for r in rows])
    return Speeds(gpu, model, metric, measured, workload, rig)


def measured_seconds(metric: np.ndarray, value: np.ndarray, prompt: np.ndarray, output: np.ndarray) -> np.ndarray:
    """Each row's measured time: per decode step (tg), of the prefill (pp), or of the whole request (end to end)."""
    return np.select(
        [metric == "decode_tok_s", metric == "prefill_tok_s", metric == "e2e_tok_s", metric == "s_per_token"],
        [1.0 / value, prompt / value, output / value, output * value],
    )


def predicted_seconds(s: Speeds, c: Coefficients) -> np.ndarray:
    """The engine's time for each row's metric (decode step at the run's mean context, prefill, whole request)."""
    w = s.workload
    step = decode_step_s(w, c)
    prefill = prefill_wall_s(w, c)
    cost = request_cost(w, c)
    request = cost.prefill_s + cost.decode_s
    return np.select(
        [s.metric == "decode_tok_s", s.metric == "prefill_tok_s"],
        [step, prefill],
        default=request,
    )


def with_values(base: Coefficients, stack: str, theta: np.ndarray) -> Coefficients:
    """``base`` with the stack's free coefficients set to ``theta``."""
    values: dict[str, Any] = {f[0]: float(v) for f, v in zip(FREE[stack], theta, strict=True)}
    return replace(base, **values)


def fit(s: Speeds, base: Coefficients, stack: str) -> Coefficients:
    """The stack's coefficients fitted on ``s`` (``fit_hosts`` without the machines' offsets)."""
    return fit_hosts(s, base, stack)[0]


def fit_hosts(s: Speeds, base: Coefficients, stack: str) -> tuple[Coefficients, dict[str, float]]:
    """Least squares on log(predicted / measured) time over the rows, within physical bounds, and for a stack in
    ``HOST_RIDGE`` each machine's floor as a multiple of the shared one (returned by machine).

    Several starts (the listed one and the middle of the bounds; machines' offsets at each of ``HOST_STARTS``), the
    best kept: a term under a max() or min() that does not bind at the start has no gradient there (eager launch
    floors hidden under the roofline).
    """
    free = FREE[stack]
    rigs = np.unique(s.rig) if stack in HOST_RIDGE else np.array([], dtype=str)
    at, n = np.searchsorted(rigs, s.rig), len(free)
    lower = np.r_[[f[1] for f in free], np.full(len(rigs), -2.0)]
    upper = np.r_[[f[2] for f in free], np.full(len(rigs), 2.0)]
    scale = np.where(upper > 0, upper, 1.0)

    def coefficients(x: np.ndarray) -> Coefficients:
        c = with_values(base, stack, x[:n])
        if not len(rigs):
            return c
        # a per-row floor: numpy broadcasts it through the physics like any per-row workload field
        return replace(c, launch_s_per_layer=cast(float, c.launch_s_per_layer * np.exp(x[n:][at])))

    def residuals(scaled: np.ndarray) -> np.ndarray:
        x = scaled * scale
        fit_err = np.log(predicted_seconds(s, coefficients(x)) / s.measured_s)
        return np.r_[fit_err, HOST_RIDGE.get(stack, 0.0) * x[n:]]

    starts = [
        np.r_[theta, np.full(len(rigs), u)]
        for theta in (np.array([f[3] for f in free]), (lower[:n] + upper[:n]) / 2.0)
        for u in (HOST_STARTS if len(rigs) else (0.0,))
    ]
    results = [
        least_squares(residuals, x0 / scale, bounds=(lower / scale, upper / scale), xtol=1e-12, ftol=1e-12)
        for x0 in starts
    ]
    best = min(results, key=lambda r: float(r.cost)).x * scale
    return with_values(base, stack, best[:n]), {str(r): float(np.exp(u)) for r, u in zip(rigs, best[n:], strict=True)}


def subset(s: Speeds, mask: np.ndarray) -> Speeds:
    """The rows of ``s`` selected by ``mask``."""
    w = s.workload
    fields = {k: (v[mask] if isinstance(v, np.ndarray) else v) for k, v in w.__dict__.items()}
    return Speeds(s.gpu[mask], s.model[mask], s.metric[mask], s.measured_s[mask], Workload(**fields), s.rig[mask])


def held_out(s: Speeds, base: Coefficients, stack: str, key: np.ndarray) -> np.ndarray:
    """Each row's time predicted by a fit that never saw its ``key`` (GPU or model)."""
    pred = np.empty_like(s.measured_s)
    for k in np.unique(key):
        out = key == k
        c = fit(subset(s, ~out), base, stack)
        pred[out] = predicted_seconds(subset(s, out), c)
    return pred
