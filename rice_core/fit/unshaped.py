"""The error band of an estimate that knows a model only by its sizes (its name states them, or ``params_b`` is
given): default depth and attention, the MoE routing prior, no catalog shape.

Such an estimate misses what the published shapes explain (KV heads, windowed layers, recurrent state, routing),
so the band fitted on catalog-shaped models is too narrow for it. Its band is fitted the same way from the v3 rows
of each model held out of the fit *and* stripped of its catalog shapes (``without_shapes``): the estimate as an
uncatalogued model gets it. ``nested_coverage`` measures it on unseen models (each model's band from the others).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from rice_core.catalog.attention import moe_prior
from rice_core.fit.batch1_speeds import Batch1
from rice_core.fit.heldout import band_from
from rice_core.fit.mlenergy_v3 import MeasuredV3, catalog_names
from rice_core.fit.stack_objective import leave_one_model_out
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.moe_prior import routing_prior
from rice_core.physics.workload import Workload


def catalog_ids(model_id: str) -> frozenset[str]:
    """Every catalog id a v3 model may be listed under (its shape entries are keyed by catalog id)."""
    from rice_core.catalog.models import lookup_model

    names = catalog_names(model_id)
    return frozenset(names) | {spec.id for spec in map(lookup_model, names) if spec is not None}


def routing_columns(params_b: np.ndarray, active_b: np.ndarray, exclude: frozenset[str]) -> tuple[np.ndarray, ...]:
    """The prior's (routed share, draw) per row from the configs but ``exclude``; NaN (legacy rule) where none."""
    share, min_draw, _ = moe_prior(exclude)
    found = [routing_prior(float(t), float(a), share, min_draw) for t, a in zip(params_b, active_b)]
    return tuple(np.array([f[i] if f else np.nan for f in found]) for i in (0, 1))


def without_shapes(w: Workload, exclude: frozenset[str]) -> Workload:
    """``w`` as an estimate of a model the catalog does not describe sees it: default depth and attention, no
    windowed layers or recurrent state, the routing prior for an MoE."""
    n = np.shape(w.params_b)
    routed, draw = routing_columns(np.asarray(w.params_b), np.asarray(w.active_params_b), exclude)
    return replace(
        w,
        layers=np.full(n, np.nan),
        kv_scale=np.ones(n),
        kv_window_scale=np.zeros(n),
        kv_window_tokens=np.zeros(n),
        state_bytes=np.zeros(n),
        moe_routed_share=routed,
        moe_expert_draw=draw,
    )


def held_out_without_shapes(
    v: MeasuredV3, b1: Batch1 | None, fits: dict[str, Coefficients] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(energy J, time per output token s) of every v3 row, its model held out of the fit (v3 and batch-1 rows;
    ``fits`` when the caller has them) and stripped of its shapes (the MoE prior from the *other* models' configs)."""
    return leave_one_model_out(v, b1, lambda model, w: without_shapes(w, catalog_ids(model)), fits)


def nested_coverage(
    log_resid: np.ndarray, models: np.ndarray, gpus: np.ndarray | None, quantiles: tuple[float, float]
) -> dict[str, float]:
    """Share of rows inside a band built from the *other* models' residuals (per GPU when ``gpus`` is given), and
    the median width (high / low) of those bands: the band's coverage on models it never saw."""
    inside, width = np.zeros(len(log_resid), bool), np.zeros(len(log_resid))
    for gpu in np.unique(gpus) if gpus is not None else (None,):
        on = gpus == gpu if gpus is not None else np.ones(len(log_resid), bool)
        for model in np.unique(models[on]):
            k, others = on & (models == model), on & (models != model)
            low, high = band_from(log_resid[others], quantiles)
            inside[k] = (log_resid[k] >= low) & (log_resid[k] <= high)
            width[k] = np.exp(high - low)
    return {"coverage": round(float(np.mean(inside)), 4), "median_width": round(float(np.median(width)), 3)}


def unshaped_bands(
    v: MeasuredV3,
    energy_j: np.ndarray,
    latency: tuple[float, float],
    quantiles: tuple[float, float],
    notes: dict[str, str],
) -> dict[str, Any]:
    """The ``error_band.unshaped`` object: batched (pooled and per GPU) from the no-shape held-out residuals
    ``energy_j``, batch 1 widened by ``latency`` as the shaped batch-1 band is, and their nested coverage."""
    resid = np.log(v.rows.energy_j / energy_j)
    gpus, models = v.rows.gpu, v.rows.model

    def band(low: float, high: float, how: str) -> dict[str, Any]:
        return {"log_low": round(low, 4), "log_high": round(high, 4), "quantiles": list(quantiles), "how": how}

    batched = band_from(resid, quantiles)
    by_gpu = {str(g): band(*band_from(resid[gpus == g], quantiles), notes["hardware"]) for g in np.unique(gpus)}
    per_gpu = nested_coverage(resid, models, gpus, quantiles)
    gpu_cov = {
        str(g): nested_coverage(resid[gpus == g], models[gpus == g], gpus[gpus == g], quantiles)["coverage"]
        for g in np.unique(gpus)
    }
    return {
        "how": notes["how"],
        "rows": len(resid),
        "batched": band(*batched, notes["batched"]),
        "batch1": band(batched[0] + latency[0], batched[1] + latency[1], notes["batch1"]),
        "batched_by_hardware": by_gpu,
        "nested": {
            "how": notes["nested"],
            "per_gpu_bands": per_gpu | {"by_gpu": gpu_cov},
            "pooled_band": nested_coverage(resid, models, None, quantiles),
        },
    }


__all__ = [
    "catalog_ids",
    "held_out_without_shapes",
    "nested_coverage",
    "routing_columns",
    "unshaped_bands",
    "without_shapes",
]
