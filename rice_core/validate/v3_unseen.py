"""ML.ENERGY v3 held out by model *and* without the held-out model's catalog shapes: how the engine does on a model
it knows only by its parameter counts (a Hugging Face id whose name states its size, or ``params_b`` given).

Each model's rows are predicted by a fit on the other models (which keep their shapes, as the shipped fit does),
with the held-out model's published depth, KV-cache shape, windowed layers and recurrent state replaced by the
engine's defaults and its MoE routing by the prior of ``physics/moe_prior.py``, derived from the published MoE
configs of the *other* models (its own entry in ``experts.json`` does not vote). The range is the one the engine
ships for any model: the held-out band of ``v3_eval`` (the other models' residuals) around the bare prediction.
``python -m rice_core.validate.v3_unseen [PATH]`` prints each model's figures with and without its shapes.
"""

from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np

from rice_core.catalog.attention import moe_prior
from rice_core.fit.mlenergy_v3 import MeasuredV3, catalog_names
from rice_core.fit.stack_objective import leave_one_model_out
from rice_core.physics.moe_prior import routing_prior
from rice_core.physics.workload import Workload
from rice_core.validate.v3_eval import V3Evaluation, V3Scores, evaluate_v3, score, shipped_batch1

LABEL = "held out, no catalog shape"


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


def held_out_without_shapes(v: MeasuredV3) -> tuple[np.ndarray, np.ndarray]:
    """(energy J, time per output token s) of every row, its model held out of the fit (the same refits as
    ``v3_eval``: the other models' v3 and batch-1 rows) and stripped of its shapes."""
    return leave_one_model_out(v, shipped_batch1(), lambda model, w: without_shapes(w, catalog_ids(model)))


def unseen_scores(ev: V3Evaluation) -> V3Scores:
    """The "held out, no catalog shape" row: errors of the bare predictions, coverage of the band ``ev`` gives
    each row (the same factors around the bare figure)."""
    energy, tpot = held_out_without_shapes(ev.data)
    bare = V3Evaluation(ev.data, energy, tpot, energy * ev.low_j / ev.energy_j, energy * ev.high_j / ev.energy_j)
    return score(LABEL, bare, np.ones(len(energy), bool))


def per_model(ev: V3Evaluation) -> list[tuple[str, V3Scores, V3Scores]]:
    """Each model's held-out scores with its catalog shapes and without them (``python -m …v3_unseen``)."""
    energy, tpot = held_out_without_shapes(ev.data)
    bare = V3Evaluation(ev.data, energy, tpot, energy * ev.low_j / ev.energy_j, energy * ev.high_j / ev.energy_j)
    models = ev.data.rows.model
    return [(str(m), score(str(m), ev, models == m), score(str(m), bare, models == m)) for m in np.unique(models)]


def main(argv: list[str] | None = None) -> int:
    """Print each v3 model's held-out energy and time-per-token error with and without its catalog shapes."""
    from rice_core.validate.v3_table import v3_folder

    args = sys.argv[1:] if argv is None else argv
    ev = evaluate_v3(v3_folder(args[0] if args else None))
    print(
        f"{'model (held out)':44s} {'E MAPE / bias, shapes':>22s} {'no shape':>16s} {'TPOT shapes':>12s} {'no shape':>9s}"
    )
    for model, with_shape, bare in per_model(ev):
        print(
            f"{model[-44:]:44s} {with_shape.energy_mape:>13.1%} {with_shape.energy_bias:>+7.1%} "
            f"{bare.energy_mape:>8.1%} {bare.energy_bias:>+7.1%} {with_shape.tpot_mape:>12.1%} {bare.tpot_mape:>9.1%}"
        )
    return 0


__all__ = [
    "LABEL",
    "catalog_ids",
    "held_out_without_shapes",
    "main",
    "per_model",
    "routing_columns",
    "unseen_scores",
    "without_shapes",
]


if __name__ == "__main__":
    sys.exit(main())
