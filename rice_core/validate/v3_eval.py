"""Leave-one-model-out evaluation of the 2025 stack on ML.ENERGY v3 (energy, time per output token, range), and
of the shipped engine as it stands (no refit) on the same rows: pure numbers; ``v3_table.py`` renders them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rice_core.fit.batch1_speeds import Batch1, default_batch1_path, load_batch1
from rice_core.fit.calibrated import BAND_QUANTILES
from rice_core.fit.mlenergy_v3 import MeasuredV3, load_v3
from rice_core.fit.stack_objective import held_out_fits, leave_one_model_out
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.energy import request_cost
from rice_core.physics.stacks import stack_coefficients, stack_document
from rice_core.physics.timing import decode_step_s
from rice_core.validate.mlenergy_eval import nested_band

BATCH_EDGES = ((0.0, 64.0), (64.0, 256.0), (256.0, float("inf")))


@dataclass(frozen=True)
class V3Scores:
    """Held-out errors of one group of rows (fractions; bias = mean of (predicted - measured) / measured)."""

    label: str
    n: int
    energy_mape: float
    energy_bias: float
    tpot_mape: float
    tpot_bias: float
    coverage: float  # share of measured energies inside the held-out range
    band_width: float  # median high / low of the range


@dataclass(frozen=True)
class V3Evaluation:
    data: MeasuredV3
    energy_j: np.ndarray  # leave-one-model-out
    tpot_s: np.ndarray
    low_j: np.ndarray  # range from the other models' held-out residuals only
    high_j: np.ndarray
    fits: dict[str, Coefficients] | None = None  # each model's held-out refit, shared with the no-shape view


def score(label: str, ev: V3Evaluation, mask: np.ndarray) -> V3Scores:
    m, v = ev.data.rows, ev.data
    err = (ev.energy_j[mask] - m.energy_j[mask]) / m.energy_j[mask]
    terr = (ev.tpot_s[mask] - v.tpot_s[mask]) / v.tpot_s[mask]
    inside = (m.energy_j[mask] >= ev.low_j[mask]) & (m.energy_j[mask] <= ev.high_j[mask])
    return V3Scores(
        label=label,
        n=int(mask.sum()),
        energy_mape=float(np.mean(np.abs(err))),
        energy_bias=float(np.mean(err)),
        tpot_mape=float(np.mean(np.abs(terr))),
        tpot_bias=float(np.mean(terr)),
        coverage=float(np.mean(inside)),
        band_width=float(np.median(ev.high_j[mask] / ev.low_j[mask])),
    )


def evaluate_v3(folder: Path, prompt_scale: float = 1.0) -> V3Evaluation:
    """Every v3 row predicted by a fit that never saw its model (12 refits, about a second)."""
    return _evaluate(Path(folder).resolve(), float(prompt_scale))


@cache
def _evaluate(folder: Path, prompt_scale: float) -> V3Evaluation:
    v = load_v3(folder, prompt_scale)
    fits = held_out_fits(v, shipped_batch1())
    energy, tpot = leave_one_model_out(v, fits=fits)
    low, high = nested_band_by_gpu(energy, v.rows.energy_j, v.rows.model, v.rows.gpu)
    return V3Evaluation(v, energy, tpot, low, high, fits)


@cache
def shipped_batch1() -> Batch1 | None:
    """The shipped fit's batch-1 rows, where the repository holds them (they join every held-out refit)."""
    path = default_batch1_path()
    return load_batch1(path) if path is not None else None


def nested_band_by_gpu(
    pred: np.ndarray, meas: np.ndarray, models: np.ndarray, gpus: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each model's range on each GPU from the held-out residuals of the *other* models on that GPU only (the band
    per GPU generation the engine ships), so coverage is measured on unseen models in each regime."""
    low, high = np.empty_like(pred), np.empty_like(pred)
    for gpu in np.unique(gpus):
        on = gpus == gpu
        low[on], high[on] = nested_band(pred[on], meas[on], models[on])
    return low, high


def groups(ev: V3Evaluation) -> list[V3Scores]:
    """Scores overall, per GPU, per task and per batch bucket."""
    m, v = ev.data.rows, ev.data
    masks: list[tuple[str, np.ndarray]] = [("all", np.ones(len(m.model), bool))]
    masks += [(str(g), m.gpu == g) for g in np.unique(m.gpu)]
    masks += [(str(t), v.task == t) for t in np.unique(v.task)]
    batch = m.workload.batch_size
    masks += [
        (f"batch {lo:g}-{hi - 1:g}" if hi != float("inf") else f"batch ≥{lo:g}", (batch >= lo) & (batch < hi))
        for lo, hi in BATCH_EDGES
    ]
    return [score(label, ev, k) for label, k in masks if k.any()]


def _shipped(v: MeasuredV3, stack: str) -> V3Evaluation:
    c = stack_coefficients(stack)
    energy = np.asarray(request_cost(v.rows.workload, c).gpu_energy_j)
    tpot = np.asarray(decode_step_s(v.rows.workload, c))
    bands = np.array([c.log_band(float(b), str(g)) for b, g in zip(v.rows.workload.batch_size, v.rows.gpu)])
    return V3Evaluation(v, energy, tpot, energy * np.exp(bands[:, 0]), energy * np.exp(bands[:, 1]))


def as_shipped(v: MeasuredV3, stack: str) -> V3Scores:
    """The shipped coefficients of ``stack`` on every row, no refit (``vllm-2024``: the engine before issue 10)."""
    return score(f"{stack[-4:]}, no refit", _shipped(v, stack), np.ones(len(v.rows.model), bool))


def shipped_by_model_set(v: MeasuredV3) -> list[V3Scores]:
    """The shipped 2025 coefficients as users get them, on the models they were fitted on and on any others
    (rows of the release's other models, when the given file has them: the test on unseen models)."""
    fitted = set(stack_document("vllm-2025").get("fitted_models", []))
    ev = _shipped(v, "vllm-2025")
    seen = np.isin(v.rows.model, sorted(fitted))
    parts = (("2025, fit models", seen), ("2025, unseen models", ~seen))
    return [score(label, ev, mask) for label, mask in parts if mask.any()]


__all__ = [
    "BAND_QUANTILES",
    "V3Evaluation",
    "V3Scores",
    "as_shipped",
    "evaluate_v3",
    "groups",
    "score",
    "shipped_by_model_set",
]
