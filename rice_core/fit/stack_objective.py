"""The 2025 stack's fit: energy, device time and time per output token of ML.ENERGY v3 rows, jointly, in log errors.

Same nine physical coefficients and bounds as the 2022-2024 fit (``fit/objective.py``) plus one the older data
cannot fit (no fp8 weights there): the achieved bandwidth of fp8 weight reads as a share of the others'. The stack's
physics differs in one switch: with CUDA graphs the per-layer cost adds to the roofline (``launch_overlapped`` false).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from scipy.optimize import least_squares

from rice_core.fit.heldout import rows
from rice_core.fit.mlenergy_v3 import MeasuredV3
from rice_core.fit.objective import HELD_OUT_TOLERANCE, PARAMETERS, SCALES, coefficients_from
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.timing import decode_step_s

TIME_WEIGHT = 0.5  # device time per request (output / server throughput), as in the 2022-2024 fit
TPOT_WEIGHT = 1.0  # time per output token is a target in its own right (users see it as tokens/s)
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


def residuals_fn(v: MeasuredV3) -> Callable[[np.ndarray], np.ndarray]:
    """Weighted log residuals of energy, device time and time per output token."""
    m = v.rows

    def residuals(theta: np.ndarray) -> np.ndarray:
        c = stack_coefficients_from(theta)
        cost = request_cost(m.workload, c)
        return np.concatenate(
            [
                np.log(cost.gpu_energy_j / m.energy_j),
                np.sqrt(TIME_WEIGHT) * np.log(cost.device_share_s / m.time_s),
                np.sqrt(TPOT_WEIGHT) * np.log(decode_step_s(m.workload, c) / v.tpot_s),
            ]
        )

    return residuals


def fit_stack(v: MeasuredV3, tolerance: float = HELD_OUT_TOLERANCE) -> Coefficients:
    """Bounded least squares of the ten coefficients on ``v`` (the fp8 share stays at 1 without fp8 rows)."""
    lower = np.array([p[1] for p in STACK_PARAMETERS]) / STACK_SCALES
    upper = np.array([p[2] for p in STACK_PARAMETERS]) / STACK_SCALES
    start = np.array([p[3] for p in STACK_PARAMETERS]) / STACK_SCALES
    if not np.any(np.asarray(v.rows.workload.fp8_weights) > 0):  # no data on it: fit the nine, keep 1.0
        lower, upper, start = lower[: len(SCALES)], upper[: len(SCALES)], start[: len(SCALES)]
    result = least_squares(
        residuals_fn(v), start, bounds=(lower, upper), x_scale="jac", ftol=tolerance, xtol=tolerance, gtol=tolerance
    )
    return stack_coefficients_from(result.x)


def leave_one_model_out(v: MeasuredV3) -> tuple[np.ndarray, np.ndarray]:
    """(energy J, time per output token s) of every row from a fit that never saw its model (any GPU, any format)."""
    m = v.rows
    energy, tpot = np.zeros(len(m.model)), np.zeros(len(m.model))
    for model in np.unique(m.model):
        held = m.model == model
        c = fit_stack(subset_v3(v, ~held))
        sub = rows(m, held)
        energy[held] = np.asarray(request_cost(sub.workload, c).gpu_energy_j)
        tpot[held] = np.asarray(decode_step_s(sub.workload, c))
    return energy, tpot
