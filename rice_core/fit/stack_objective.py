"""The 2025 stack's fit: energy, device time and time per output token of ML.ENERGY v3 rows, jointly, in log errors.

Same nine physical coefficients and bounds as the 2022-2024 fit (``fit/objective.py``) plus one the older data
cannot fit (no fp8 weights there): the achieved bandwidth of fp8 weight reads as a share of the others'. The stack's
physics differs in one switch: with CUDA graphs the per-layer cost adds to the roofline (``launch_overlapped`` false).
Public batch-1 speeds of the same stacks (``fit/batch1_speeds.py``) join as time-per-token rows: v3 has no batch
below 8, and the latency terms (per-layer tail, all-reduce) are what a single stream sees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from scipy.optimize import least_squares

from rice_core.fit.batch1_speeds import Batch1, model_key, subset_batch1
from rice_core.fit.heldout import rows
from rice_core.fit.mlenergy_v3 import MeasuredV3
from rice_core.fit.objective import HELD_OUT_TOLERANCE, PARAMETERS, SCALES, coefficients_from
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.timing import decode_step_s
from rice_core.physics.workload import Workload

TIME_WEIGHT = 0.5  # device time per request (output / server throughput), as in the 2022-2024 fit
TPOT_WEIGHT = 1.0  # time per output token is a target in its own right (users see it as tokens/s)
# the batch-1 rows together weigh as much as the v3 time-per-token rows (as HELM beside ML.ENERGY in the 2022-2024
# fit): a dozen rows are the only measurement of the single-stream regime, v3 holds 300 of the batched one
B1_TOTAL_WEIGHT = 1.0
# name, lower, upper, start, scale: fp8 weights read at 20-100 % of the bandwidth share other weights get
STACK_PARAMETERS = PARAMETERS + (("fp8_weight_read_share", 0.2, 1.0, 0.7, 1.0),)
STACK_SCALES = np.array([p[4] for p in STACK_PARAMETERS])


def stack_coefficients_from(theta: np.ndarray) -> Coefficients:
    """Coefficients of the CUDA-graph stack from the optimiser's scaled vector (bands added later)."""
    base = coefficients_from(theta[: len(PARAMETERS)])
    fp8_share = float(theta[len(PARAMETERS)] * STACK_SCALES[len(PARAMETERS)]) if len(theta) > len(PARAMETERS) else 1.0
    return replace(base, launch_overlapped=False, stack="vllm-2025", fp8_weight_read_share=fp8_share)


def subset_v3(v: MeasuredV3, mask: np.ndarray) -> MeasuredV3:
    """The rows of ``v`` selected by ``mask``."""
    return MeasuredV3(rows(v.rows, mask), v.tpot_s[mask], v.task[mask], v.power_w[mask], v.skipped)


def batch1_weight(v: MeasuredV3, b1: Batch1 | None) -> float:
    """Per-row weight of the batch-1 residuals: together ``B1_TOTAL_WEIGHT`` x the v3 time-per-token rows."""
    if b1 is None or len(b1.tpot_s) == 0:
        return 0.0
    return B1_TOTAL_WEIGHT * TPOT_WEIGHT * len(v.tpot_s) / len(b1.tpot_s)


def residuals_fn(v: MeasuredV3, b1: Batch1 | None = None) -> Callable[[np.ndarray], np.ndarray]:
    """Weighted log residuals of energy, device time and time per output token (v3), and time per output token at
    batch 1 (``b1``, when given)."""
    m = v.rows
    b1_weight = np.sqrt(batch1_weight(v, b1))

    def residuals(theta: np.ndarray) -> np.ndarray:
        c = stack_coefficients_from(theta)
        cost = request_cost(m.workload, c)
        parts = [
            np.log(cost.gpu_energy_j / m.energy_j),
            np.sqrt(TIME_WEIGHT) * np.log(cost.device_share_s / m.time_s),
            np.sqrt(TPOT_WEIGHT) * np.log(decode_step_s(m.workload, c) / v.tpot_s),
        ]
        if b1 is not None and b1_weight > 0:
            parts.append(b1_weight * np.log(decode_step_s(b1.workload, c) / b1.tpot_s))
        return np.concatenate(parts)

    return residuals


def fit_stack(v: MeasuredV3, tolerance: float = HELD_OUT_TOLERANCE, b1: Batch1 | None = None) -> Coefficients:
    """Bounded least squares of the ten coefficients on ``v`` and the batch-1 rows ``b1`` (the fp8 share stays at 1
    without fp8 rows)."""
    lower = np.array([p[1] for p in STACK_PARAMETERS]) / STACK_SCALES
    upper = np.array([p[2] for p in STACK_PARAMETERS]) / STACK_SCALES
    start = np.array([p[3] for p in STACK_PARAMETERS]) / STACK_SCALES
    if not np.any(np.asarray(v.rows.workload.fp8_weights) > 0):  # no data on it: fit the nine, keep 1.0
        lower, upper, start = lower[: len(SCALES)], upper[: len(SCALES)], start[: len(SCALES)]
    result = least_squares(
        residuals_fn(v, b1), start, bounds=(lower, upper), x_scale="jac", ftol=tolerance, xtol=tolerance, gtol=tolerance
    )
    return stack_coefficients_from(result.x)


def _without(b1: Batch1 | None, key: str) -> Batch1 | None:
    """``b1`` less the rows of one model (catalog id)."""
    return None if b1 is None else subset_batch1(b1, b1.model != key)


def held_out_fits(v: MeasuredV3, b1: Batch1 | None = None) -> dict[str, Coefficients]:
    """Each v3 model's refit without it (any GPU, any format, its batch-1 rows included): computed once and shared
    by every view of the held-out rows (``leave_one_model_out``'s ``fits``)."""
    m = v.rows
    return {
        str(model): fit_stack(subset_v3(v, m.model != model), b1=_without(b1, model_key(str(model))))
        for model in np.unique(m.model)
    }


def leave_one_model_out(
    v: MeasuredV3,
    b1: Batch1 | None = None,
    as_seen: Callable[[str, Workload], Workload] | None = None,
    fits: dict[str, Coefficients] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(energy J, time per output token s) of every v3 row from a fit that never saw its model (``held_out_fits``,
    or ``fits`` already computed by it). ``as_seen(model, workload)``: the held-out rows as the estimate sees them
    (e.g. without the model's catalog shapes, ``validate/v3_unseen.py``); the rows themselves by default."""
    m = v.rows
    fits = fits if fits is not None else held_out_fits(v, b1)
    energy, tpot = np.zeros(len(m.model)), np.zeros(len(m.model))
    for model in np.unique(m.model):
        held = m.model == model
        c = fits[str(model)]
        w = rows(m, held).workload
        w = as_seen(str(model), w) if as_seen is not None else w
        energy[held] = np.asarray(request_cost(w, c).gpu_energy_j)
        tpot[held] = np.asarray(decode_step_s(w, c))
    return energy, tpot


def batch1_leave_one_model_out(v: MeasuredV3, b1: Batch1) -> np.ndarray:
    """Time per output token of every batch-1 row from a fit that saw neither its batch-1 nor its v3 rows."""
    keys = np.array([model_key(str(name)) for name in v.rows.model])
    tpot = np.zeros(len(b1.tpot_s))
    for key in np.unique(b1.model):
        held = b1.model == key
        c = fit_stack(subset_v3(v, keys != key), b1=_without(b1, str(key)))
        tpot[held] = np.asarray(decode_step_s(subset_batch1(b1, held).workload, c))
    return tpot
