"""Held-out predictions: leave one model out of ML.ENERGY, leave one profile out of HELM, fit on one GPU."""

from __future__ import annotations

import numpy as np

from rice_core.fit.datasets import Measured
from rice_core.fit.objective import HELD_OUT_TOLERANCE, fit, fit_stacks, subset
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost


def rows(m: Measured, mask: np.ndarray) -> Measured:
    """The rows of ``m`` selected by ``mask``."""
    return Measured(subset(m.workload, mask), m.model[mask], m.gpu[mask], m.energy_j[mask], m.time_s[mask])


def predict_energy_j(m: Measured, c: Coefficients) -> np.ndarray:
    return np.asarray(request_cost(m.workload, c).gpu_energy_j)


def predict_latency_s(m: Measured, c: Coefficients) -> np.ndarray:
    cost = request_cost(m.workload, c)
    return np.asarray(cost.prefill_s + cost.decode_s)


def leave_one_model_out_j(mle: Measured, helm: Measured | None) -> np.ndarray:
    """Energy of every ML.ENERGY row predicted by a fit that never saw its model (on any GPU)."""
    pred = np.zeros(len(mle.model))
    for model in np.unique(mle.model):
        held = mle.model == model
        pred[held] = predict_energy_j(rows(mle, held), fit(rows(mle, ~held), helm, HELD_OUT_TOLERANCE))
    return pred


def leave_one_profile_out_s(mle: Measured, helm: Measured) -> np.ndarray:
    """HELM latency of every row predicted by a fit that never saw its Megatron profile (the Megatron stack's
    coefficients of the joint fit)."""
    pred = np.zeros(len(helm.model))
    for profile in np.unique(helm.model):
        held = helm.model == profile
        megatron = fit_stacks(mle, rows(helm, ~held), HELD_OUT_TOLERANCE)[1]
        pred[held] = predict_latency_s(rows(helm, held), megatron)
    return pred


def cross_gpu_j(mle: Measured, fit_gpu: str, predict_gpu: str) -> np.ndarray:
    """Energy of ``predict_gpu`` rows from a fit on ``fit_gpu`` rows only (no HELM: it is another A100)."""
    c = fit(rows(mle, mle.gpu == fit_gpu), None, HELD_OUT_TOLERANCE)
    return predict_energy_j(rows(mle, mle.gpu == predict_gpu), c)


def band_from(log_residuals: np.ndarray, quantiles: tuple[float, float]) -> tuple[float, float]:
    """Quantiles of log(measured / predicted), widened if needed so the band contains 0."""
    low, high = np.quantile(log_residuals, quantiles)
    return (min(float(low), 0.0), max(float(high), 0.0))
