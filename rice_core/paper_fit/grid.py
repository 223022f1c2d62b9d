"""The fitted random forest flattened into an exact, monotone lookup table, with a physical tail past 1,920 tokens.

A forest of axis-aligned trees is piecewise constant on the grid formed by *all* its split thresholds, so
predicting once per grid cell (``flatten_forest``) reproduces ``forest.predict`` exactly (inputs are compared as
float32, as scikit-learn does) at a fraction of its cost: a lookup is two bisections.

Monotonicity: random forests are not monotone, but an estimate must not fall when the prompt or the model grows.
Along the prompt axis the table takes a cumulative maximum (the forest's dips there are noise of a few ms).
Along the params axis the data itself is not monotone — larger models were profiled on more GPUs, so yalm-100B
on 4 GPUs prefills slower than davinci-175B on 8 — and an upper envelope would carry the slowest profile to every
larger model; instead each prompt column gets a least-squares isotonic fit (pool-adjacent-violators), which keeps
the forest's average. Isotonic regression is order-preserving, so the prompt-axis order survives; a final
cumulative maximum on both axes guards against rounding.

Past the data's longest prompt (1,920 tokens) the forest flat-lines. Prefill is compute-bound
(FLOPs ~ 2*N*p, plus attention ~ p^2), so time keeps growing at least linearly in p: we continue each params row
linearly with the least-squares slope of its (monotone) curve over p >= 1,024, the upper half of the data —
a lower bound that ignores the quadratic attention term. Slopes are made non-decreasing in params too.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

PROMPT_MAX = 1920  # tokens: the data's edge
_F32 = struct.Struct("f")
TAIL_FROM = 1024  # tokens: the tail slope is fitted on the curve from here to PROMPT_MAX


@dataclass(frozen=True)
class PrefillTable:
    """Monotone prefill seconds on the forest's cells; cell i holds edges[i-1] < x <= edges[i]."""

    params_edges: tuple[float, ...]
    prompt_edges: tuple[float, ...]
    seconds: tuple[tuple[float, ...], ...]  # [params cell][prompt cell]
    edge_s: tuple[float, ...]  # per params cell: prefill at PROMPT_MAX
    tail_slope_s_per_token: tuple[float, ...]  # per params cell: slope beyond PROMPT_MAX

    def lookup_s(self, params_b: float, prompt_tokens: float) -> float:
        """Prefill seconds for one request (float32 comparison, like scikit-learn)."""
        i = bisect_left(self.params_edges, _float32(params_b))
        if prompt_tokens > PROMPT_MAX:
            return self.edge_s[i] + self.tail_slope_s_per_token[i] * (prompt_tokens - PROMPT_MAX)
        return self.seconds[i][bisect_left(self.prompt_edges, _float32(prompt_tokens))]

    def lookup_many_s(self, params_b: Any, prompt_tokens: Any) -> Any:
        """Vectorised ``lookup_s`` over numpy arrays."""
        import numpy as np

        p = np.asarray(prompt_tokens, dtype=float)
        i = np.searchsorted(np.asarray(self.params_edges), np.asarray(params_b, dtype=np.float32).astype(float))
        j = np.searchsorted(np.asarray(self.prompt_edges), p.astype(np.float32).astype(float))
        inside = np.asarray(self.seconds)[i, j]
        tail = np.asarray(self.edge_s)[i] + np.asarray(self.tail_slope_s_per_token)[i] * (p - PROMPT_MAX)
        return np.where(p > PROMPT_MAX, tail, inside)


def _float32(x: float) -> float:
    """Round to float32 (scikit-learn compares features as float32) without importing numpy."""
    return float(_F32.unpack(_F32.pack(x))[0]) if abs(x) < 3.0e38 else float(x)


def _cell_representatives(edges: Any) -> Any:
    import numpy as np

    mids = (edges[:-1] + edges[1:]) / 2.0
    return np.concatenate([[edges[0] - 1.0], mids, [edges[-1] + 1.0]])


def forest_thresholds(forest: Any, feature: int) -> Any:
    """Sorted unique split thresholds of one feature over every tree of a fitted forest."""
    import numpy as np

    found = [t.tree_.threshold[t.tree_.feature == feature] for t in forest.estimators_]
    return np.unique(np.concatenate(found))


def tail_slopes(prompt_edges: Any, seconds: Any) -> Any:
    """Least-squares slope (s/token) of each row's curve on the data's prompt lengths >= TAIL_FROM, >= 0, cummax."""
    import numpy as np

    from rice_core.paper_fit.data import load_profiles

    prompts = np.array([p for p, _ in load_profiles()[0].prefill_s if p >= TAIL_FROM], dtype=float)
    cols = np.searchsorted(prompt_edges, prompts)
    slopes = np.polyfit(prompts, seconds[:, cols].T, 1)[0]
    return np.maximum.accumulate(np.clip(slopes, 0.0, None))


def monotone_table(raw: Any) -> Any:
    """Cumulative max along prompts, isotonic fit along params, then a cumulative-max guard on both axes."""
    import numpy as np
    from sklearn.isotonic import isotonic_regression

    by_prompt = np.maximum.accumulate(raw, axis=1)
    iso = np.column_stack([isotonic_regression(by_prompt[:, j]) for j in range(by_prompt.shape[1])])
    return np.maximum.accumulate(np.maximum.accumulate(iso, axis=1), axis=0)


def flatten_forest(forest: Any, monotone: bool = True) -> PrefillTable:
    """Exact cell table of a fitted (params, prompt) forest, made monotone (unless told not to), with its tail."""
    import numpy as np

    params_edges, prompt_edges = forest_thresholds(forest, 0), forest_thresholds(forest, 1)
    pp, qq = np.meshgrid(_cell_representatives(params_edges), _cell_representatives(prompt_edges), indexing="ij")
    raw = forest.predict(np.column_stack([pp.ravel(), qq.ravel()])).reshape(pp.shape)
    seconds = monotone_table(raw) if monotone else raw
    edge_s = seconds[:, int(np.searchsorted(prompt_edges, PROMPT_MAX))]
    slopes = tail_slopes(prompt_edges, seconds)
    return PrefillTable(
        tuple(params_edges.tolist()),
        tuple(prompt_edges.tolist()),
        tuple(tuple(row) for row in seconds.tolist()),
        tuple(edge_s.tolist()),
        tuple(slopes.tolist()),
    )
