"""The fit's objective: log errors of energy and time on ML.ENERGY, of latency on HELM, in one least-squares problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
from scipy.optimize import least_squares

from rice_core.fit.datasets import Measured
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.workload import Workload

# name, lower bound, upper bound, start (a typical value), scale (of the optimiser's variable): every fitted
# coefficient, bounded to what is physically possible. From random starts the fit lands here or in a minimum 1 %
# away in mfu_decode with a higher loss.
PARAMETERS: tuple[tuple[str, float, float, float, float], ...] = (
    ("mem_bw_efficiency", 0.3, 0.9, 0.8, 1.0),  # ≈ 90 % of datasheet HBM bandwidth is the achievable top
    ("mfu_decode", 0.05, 0.9, 0.3, 1.0),
    ("mfu_prefill", 0.05, 0.9, 0.5, 1.0),
    ("launch_s_per_layer", 0.0, 3e-3, 5e-4, 1e-3),  # 0–3 ms per layer
    ("allreduce_s_per_doubling", 0.0, 2e-4, 2e-5, 1e-5),  # 0–200 µs: NCCL small-message latency + launch
    ("seq_overhead_s", 0.0, 2e-3, 3e-4, 1e-3),
    ("static_power_frac", 0.05, 0.7, 0.25, 1.0),
    ("memory_power_frac", 0.0, 1.5, 0.5, 1.0),
    ("compute_power_frac", 0.0, 2.0, 1.0, 1.0),
)
# the 2022 Megatron stack's own overheads, fitted on HELM rows only (same bounds as the 2024 stack's)
MEGATRON_PARAMETERS = tuple(p for p in PARAMETERS if p[0] in ("launch_s_per_layer", "allreduce_s_per_doubling"))
SCALES = np.array([p[4] for p in PARAMETERS])
JOINT_SCALES = np.array([p[4] for p in PARAMETERS + MEGATRON_PARAMETERS])
TIME_WEIGHT = 0.5  # ML.ENERGY throughput pins the time model; energy is the target
HELM_TOTAL_WEIGHT = 1.0  # HELM rows together weigh as much as the ML.ENERGY energy rows
TOLERANCE = 1e-12  # the shipped fit converges fully: the mfu_decode direction is flat
HELD_OUT_TOLERANCE = 1e-8  # scipy's default: enough for held-out error, 3x faster


def coefficients_from(theta: np.ndarray) -> Coefficients:
    """Coefficients from the optimiser's scaled vector (error bands zero: ``fit.calibrated`` adds them)."""
    values: dict[str, Any] = {name: float(v) for (name, *_), v in zip(PARAMETERS, theta * SCALES)}
    return Coefficients(**values, batched_log_band=(0.0, 0.0), batch1_log_band=(0.0, 0.0))


def stacks_from(theta: np.ndarray) -> tuple[Coefficients, Coefficients]:
    """(vllm-2024, megatron-2022) coefficients from the joint vector: the device and power coefficients are shared,
    the per-layer launch and all-reduce costs are each stack's own (the Megatron pair is the vector's tail)."""
    c = coefficients_from(theta[: len(PARAMETERS)])
    if len(theta) == len(PARAMETERS):
        return c, replace(c, stack="megatron-2022")
    own: dict[str, Any] = {
        name: float(v)
        for (name, *_), v in zip(MEGATRON_PARAMETERS, theta[len(PARAMETERS) :] * JOINT_SCALES[len(PARAMETERS) :])
    }
    return c, replace(c, stack="megatron-2022", **own)


def subset(w: Workload, mask: np.ndarray) -> Workload:
    """The rows of ``w`` selected by ``mask``."""
    return replace(
        w,
        **{
            f: getattr(w, f)[mask] if isinstance(getattr(w, f), np.ndarray) else getattr(w, f)
            for f in Workload.__dataclass_fields__
        },
    )


def residuals_fn(mle: Measured, helm: Measured | None) -> Callable[[np.ndarray], np.ndarray]:
    """Weighted log residuals of every target for a scaled parameter vector."""
    helm_weight = np.sqrt(HELM_TOTAL_WEIGHT * len(mle.model) / len(helm.model)) if helm is not None else 0.0

    def residuals(theta: np.ndarray) -> np.ndarray:
        c, megatron = stacks_from(theta)
        cost = request_cost(mle.workload, c)
        parts = [
            np.log(cost.gpu_energy_j / mle.energy_j),
            np.sqrt(TIME_WEIGHT) * np.log(cost.device_share_s / mle.time_s),
        ]
        if helm is not None:
            h = request_cost(helm.workload, megatron)
            parts.append(helm_weight * np.log((h.prefill_s + h.decode_s) / helm.time_s))
        return np.concatenate(parts)

    return residuals


def fit(mle: Measured, helm: Measured | None, tolerance: float = TOLERANCE) -> Coefficients:
    """The 2024 vLLM stack's coefficients of the joint fit (``fit_stacks``)."""
    return fit_stacks(mle, helm, tolerance)[0]


def fit_stacks(mle: Measured, helm: Measured | None, tolerance: float = TOLERANCE) -> tuple[Coefficients, Coefficients]:
    """Least-squares fit (bounded, scaled) of all coefficients to ``mle`` and ``helm``: (vllm-2024, megatron-2022),
    sharing device and power coefficients; with HELM rows the Megatron stack gets its own launch and all-reduce."""
    params = PARAMETERS + (MEGATRON_PARAMETERS if helm is not None else ())
    scales = JOINT_SCALES[: len(params)]
    lower = np.array([p[1] for p in params]) / scales
    upper = np.array([p[2] for p in params]) / scales
    start = np.array([p[3] for p in params]) / scales
    result = least_squares(
        residuals_fn(mle, helm),
        start,
        bounds=(lower, upper),
        x_scale="jac",
        ftol=tolerance,
        xtol=tolerance,
        gtol=tolerance,
    )
    return stacks_from(result.x)
