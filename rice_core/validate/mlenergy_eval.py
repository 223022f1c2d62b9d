"""Held-out evaluation of the calibrated engine on ML.ENERGY v2 (energy) and HELM (batch-1 latency), and of the
paper-faithful engine on the same rows. Pure numbers; ``mlenergy.py`` renders them."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from rice_core.engines import calibrated, paper
from rice_core.engines.base import EngineInput
from rice_core.fit.calibrated import BAND_QUANTILES
from rice_core.fit.datasets import MT_NLG_SLICES, Measured, helm_megatron, mlenergy
from rice_core.fit.hardware import hardware_spec
from rice_core.fit.heldout import (
    band_from,
    cross_gpu_j,
    leave_one_model_out_j,
    leave_one_profile_out_s,
    predict_latency_s,
)
from rice_core.fit.objective import fit_stacks

BATCH_BUCKETS = ((0.0, 64.0), (64.0, 256.0), (256.0, 768.0), (768.0, float("inf")))


@dataclass(frozen=True)
class Scores:
    """Errors of predictions against measurements (fractions; bias = mean of (predicted − measured) / measured)."""

    n: int
    mape: float
    median_ape: float
    within_25: float
    bias: float
    coverage: float | None  # share of measurements inside the predicted range


def scores(pred: np.ndarray, meas: np.ndarray, low: np.ndarray | None = None, high: np.ndarray | None = None) -> Scores:
    err = (pred - meas) / meas
    cover = None if low is None or high is None else float(np.mean((meas >= low) & (meas <= high)))
    return Scores(
        n=len(meas),
        mape=float(np.mean(np.abs(err))),
        median_ape=float(np.median(np.abs(err))),
        within_25=float(np.mean(np.abs(err) <= 0.25)),
        bias=float(np.mean(err)),
        coverage=cover,
    )


@dataclass(frozen=True)
class Evaluation:
    data: Measured
    calibrated_j: np.ndarray  # leave-one-model-out predictions
    calibrated_low_j: np.ndarray  # … with a band fitted on the other models' held-out residuals only
    calibrated_high_j: np.ndarray
    paper_j: np.ndarray
    paper_low_j: np.ndarray
    paper_high_j: np.ndarray
    cross_gpu: dict[str, Scores]  # "a100-40gb -> h100-sxm": scores
    helm_in_sample: Scores
    helm_held_out: Scores
    helm_idealized: Scores  # the engine as users call it, on HELM's published per-model runtime fits
    helm_by_profile: dict[str, float]  # held-out mean signed latency error per Megatron profile


def nested_band(pred: np.ndarray, meas: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each group's range from the held-out residuals of the *other* groups: coverage measured on unseen models."""
    resid = np.log(meas / pred)
    low, high = np.empty_like(pred), np.empty_like(pred)
    for g in np.unique(groups):
        k = groups == g
        lo, hi = band_from(resid[~k], BAND_QUANTILES)
        low[k], high[k] = pred[k] * np.exp(lo), pred[k] * np.exp(hi)
    return low, high


def paper_j(m: Measured) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The paper-faithful engine on every row (given devices; it ignores batch), with its ±15.3 % band."""
    w, out = m.workload, []
    for k in range(len(m.model)):
        inp = EngineInput(
            params_b=float(w.params_b[k]),
            active_params_b=float(w.active_params_b[k]),
            prompt_tokens=int(w.prompt_tokens[k]),
            output_tokens=round(w.output_tokens[k]),
            hardware=hardware_spec(str(m.gpu[k])),
            devices=int(w.devices[k]),
            batch_size=float(w.batch_size[k]),
            precision="fp16",
        )
        out.append(paper.run(inp))
    wh_to_j = 3600.0
    return (
        np.array([o.gpu_energy_wh for o in out]) * wh_to_j,
        np.array([o.gpu_energy_range_wh.low for o in out]) * wh_to_j,
        np.array([o.gpu_energy_range_wh.high for o in out]) * wh_to_j,
    )


def _helm_checks(m: Measured) -> tuple[Scores, Scores, dict[str, float]]:
    helm = helm_megatron()
    in_sample = predict_latency_s(helm, fit_stacks(m, helm)[1])
    held = leave_one_profile_out_s(m, helm)
    err = (held - helm.time_s) / helm.time_s
    by_profile = {str(p): float(np.mean(err[helm.model == p])) for p in np.unique(helm.model)}
    return scores(in_sample, helm.time_s), scores(held, helm.time_s), by_profile


HELM_OUTPUT_TOKENS = (1, 16, 64, 256)


def helm_key_layers() -> dict[str, int]:
    """True layer count of each HELM key: its Megatron profile's ``num_layers`` (mt_nlg: 3 slices of 35)."""
    text = resources.files("rice_core.data.helm").joinpath("megatron_profiles.csv").read_text(encoding="utf-8")
    return {
        key: int(r["num_layers"]) * (int(MT_NLG_SLICES) if r["megatron_profile"] == "mt_nlg" else 1)
        for r in csv.DictReader(io.StringIO(text))
        for key in r["helm_keys_using_profile"].split(";")
    }


def helm_idealized() -> Scores:
    """``calibrated.run`` on the 19 HELM keys' idealized runtimes (published params and GPU counts, A100-80GB):
    runtime(p, o) = runtime_for_prompt_tokens[p] + runtime_per_output_token · (o − 1), for o in HELM_OUTPUT_TOKENS."""
    folder = resources.files("rice_core.data.helm")
    ideal = json.loads(folder.joinpath("inference_idealized_runtimes.json").read_text(encoding="utf-8"))
    models = {r["helm_key"]: r for r in csv.DictReader(io.StringIO(folder.joinpath("models.csv").read_text("utf-8")))}
    hw, pred, meas, depth = hardware_spec("a100-80gb"), [], [], helm_key_layers()
    for key, fit_ in ideal.items():
        params_b, devices = float(models[key]["params_billion"]), int(models[key]["num_gpus_a100_80gb"])
        for prompt, first_s in fit_["runtime_for_prompt_tokens"].items():
            for out in HELM_OUTPUT_TOKENS:
                inp = EngineInput(
                    params_b=params_b,
                    active_params_b=params_b,
                    prompt_tokens=int(prompt),
                    output_tokens=out,
                    hardware=hw,
                    devices=devices,
                    batch_size=1.0,
                    precision="fp16",
                    layers=depth[key],
                    stack="megatron-2022",
                )
                pred.append(calibrated.run(inp).latency_s)
                meas.append(first_s + fit_["runtime_per_output_token"] * (out - 1))
    return scores(np.array(pred), np.array(meas))


def evaluate(prompt_scale: float = 1.0) -> Evaluation:
    """Everything the validate table shows (about 10 s: 23 + 13 + 2 refits), computed once per prompt scale."""
    return _evaluate(float(prompt_scale))


@cache
def _evaluate(prompt_scale: float) -> Evaluation:
    m = mlenergy(prompt_scale)
    pred = leave_one_model_out_j(m, helm_megatron())
    low, high = nested_band(pred, m.energy_j, m.model)
    p, p_low, p_high = paper_j(m)
    cross = {
        f"{a} -> {b}": scores(cross_gpu_j(m, a, b), m.energy_j[m.gpu == b])
        for a, b in (("a100-40gb", "h100-sxm"), ("h100-sxm", "a100-40gb"))
    }
    helm_in, helm_held, by_profile = _helm_checks(m)
    return Evaluation(
        data=m,
        calibrated_j=pred,
        calibrated_low_j=low,
        calibrated_high_j=high,
        paper_j=p,
        paper_low_j=p_low,
        paper_high_j=p_high,
        cross_gpu=cross,
        helm_in_sample=helm_in,
        helm_held_out=helm_held,
        helm_idealized=helm_idealized(),
        helm_by_profile=by_profile,
    )


def grouped(ev: Evaluation) -> list[tuple[str, Scores, Scores]]:
    """(label, calibrated scores, paper scores) overall, per GPU and per batch-size bucket."""
    m, batch = ev.data, ev.data.workload.batch_size
    masks = [("all", np.ones(len(m.model), bool))]
    masks += [(f"gpu {g}", m.gpu == g) for g in np.unique(m.gpu)]
    masks += [
        (f"batch {lo:g}-{hi - 1:g}" if hi != float("inf") else f"batch ≥{lo:g}", (batch >= lo) & (batch < hi))
        for lo, hi in BATCH_BUCKETS
    ]
    return [
        (
            label,
            scores(ev.calibrated_j[k], m.energy_j[k], ev.calibrated_low_j[k], ev.calibrated_high_j[k]),
            scores(ev.paper_j[k], m.energy_j[k], ev.paper_low_j[k], ev.paper_high_j[k]),
        )
        for label, k in masks
        if k.any()
    ]
