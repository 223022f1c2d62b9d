"""ML.ENERGY v3 held out by model *and* without the held-out model's catalog shapes: how the engine does on a model
it knows only by its parameter counts (a Hugging Face id whose name states its size, or ``params_b`` given).

Each model's rows are predicted by a fit on the other models (which keep their shapes, as the shipped fit does),
with the held-out model's published depth, KV-cache shape, windowed layers and recurrent state replaced by the
engine's defaults and its MoE routing by the prior of ``physics/moe_prior.py``, derived from the published MoE
configs of the *other* models (its own entry in ``experts.json`` does not vote). The range is the unshaped band the
engine ships for such a model (``fit/unshaped.py``), measured nested: each model's band on each GPU from the *other*
models' no-shape residuals on that GPU, as ``v3_eval`` does for the table above it.
``python -m rice_core.validate.v3_unseen [PATH]`` prints each model's figures with and without its shapes.
"""

from __future__ import annotations

import sys

import numpy as np

from rice_core.fit import unshaped
from rice_core.fit.mlenergy_v3 import MeasuredV3
from rice_core.physics.coefficients import Coefficients
from rice_core.validate.v3_eval import (
    V3Evaluation,
    V3Scores,
    evaluate_v3,
    nested_band_by_gpu,
    score,
    shipped_batch1,
)

LABEL = "held out, no catalog shape"


def held_out_without_shapes(
    v: MeasuredV3, fits: dict[str, Coefficients] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(energy J, time per output token s) of every row, its model held out of the fit (the same refits as
    ``v3_eval``: the other models' v3 and batch-1 rows; ``fits`` where it computed them) and stripped of its
    shapes."""
    return unshaped.held_out_without_shapes(v, shipped_batch1(), fits)


def bare_evaluation(ev: V3Evaluation) -> V3Evaluation:
    """Every row held out and stripped of its shapes, with the unshaped band nested per GPU: each model's range
    from the other models' no-shape residuals on that GPU (the band the engine ships for uncatalogued models)."""
    energy, tpot = held_out_without_shapes(ev.data, ev.fits)
    m = ev.data.rows
    low, high = nested_band_by_gpu(energy, m.energy_j, m.model, m.gpu)
    return V3Evaluation(ev.data, energy, tpot, low, high)


def unseen_scores(ev: V3Evaluation) -> V3Scores:
    """The "held out, no catalog shape" row: errors of the bare predictions and coverage of their nested band."""
    bare = bare_evaluation(ev)
    return score(LABEL, bare, np.ones(len(bare.energy_j), bool))


def per_model(ev: V3Evaluation) -> list[tuple[str, V3Scores, V3Scores]]:
    """Each model's held-out scores with its catalog shapes and without them (``python -m …v3_unseen``)."""
    bare = bare_evaluation(ev)
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
    "bare_evaluation",
    "held_out_without_shapes",
    "main",
    "per_model",
    "unseen_scores",
]


if __name__ == "__main__":
    sys.exit(main())
