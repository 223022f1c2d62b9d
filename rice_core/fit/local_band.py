"""Batch-1 error band of a local runtime from its own held-out time residuals, with coverage (issue 10, item 4).

No energy of these runtimes is measured: as the 2022-2024 batch-1 band does (``fit/calibrated.py``), the band adds
a time component (quantiles of log(measured / predicted) time) to the base stack's batched energy band, which
stands for the power error (energy = time × power; log errors added, the conservative way). The time component is
the stack's own: each measuring machine's rows predicted by a fit that never saw that machine, because what an
estimate meets is an unseen machine (its host CPU sets eager transformers' launch floor), not only an unseen GPU.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from rice_core.fit.calibrated import BAND_QUANTILES  # the other stacks' band quantiles
from rice_core.fit.heldout import band_from
from rice_core.fit.local_notes import BASE
from rice_core.fit.local_speeds import Speeds, fit, held_out, predicted_seconds, subset
from rice_core.physics.stacks import stack_coefficients

# stacks whose batch-1 band is built from their own residuals; llama.cpp keeps its base's (it holds every held-out
# row of one source and one release: narrowing it on them would claim a spread of hosts and releases not sampled)
OWN_BAND = frozenset({"hf-transformers"})
BATCH1_HOW = (
    "No energy of this runtime is measured at batch 1: the base stack's batched energy band (the power error) plus "
    "the 7.5/92.5 % quantiles of this stack's own log(measured / predicted) time per output token, each measuring "
    "machine held out (residuals.batch1_band; time and power errors added, the conservative way)."
)


def machine_residuals(s: Speeds, stack: str) -> tuple[np.ndarray, np.ndarray]:
    """log(measured / predicted) time of each per-output-token row from a fit that never saw its machine, and the
    rows' machines (prefill rows, a small share of a batch-1 request's time, left out)."""
    tok = s.metric != "prefill_tok_s"
    pred = held_out(s, stack_coefficients(BASE[stack]), stack, s.rig)
    return np.log(s.measured_s / pred)[tok], s.rig[tok]


def coverage(resid: np.ndarray, low: float, high: float) -> float:
    """Share of the residuals inside [low, high]."""
    return round(float(np.mean((resid >= low) & (resid <= high))), 4)


def others_held_out(s: Speeds, stack: str) -> dict[str, np.ndarray]:
    """For each machine, the other machines' per-output-token log residuals, each from a fit that saw neither it nor
    that machine (one fit per pair of machines serves both): the band a machine meets never saw its rows."""
    base, tok = stack_coefficients(BASE[stack]), s.metric != "prefill_tok_s"
    rigs = [str(r) for r in np.unique(s.rig)]
    pair: dict[tuple[str, str], np.ndarray] = {}
    for i, a in enumerate(rigs):
        for b in rigs[i + 1 :]:
            c = fit(subset(s, (s.rig != a) & (s.rig != b)), base, stack)
            for held, other in ((a, b), (b, a)):
                rows = subset(s, (s.rig == other) & tok)
                pair[held, other] = np.log(rows.measured_s / predicted_seconds(rows, c))
    return {a: np.concatenate([pair[a, b] for b in rigs if b != a]) for a in rigs}


def nested(
    resid: np.ndarray, groups: np.ndarray, others: dict[str, np.ndarray], add: tuple[float, float]
) -> dict[str, Any]:
    """Coverage on unseen machines: each machine's rows against the band built from ``others[machine]`` only (plus
    ``add``), and the median width (high / low) of the band each row met."""
    inside, width = np.zeros(len(resid), bool), np.zeros(len(resid))
    for g in np.unique(groups):
        low, high = band_from(others[str(g)], BAND_QUANTILES)
        at = groups == g
        inside[at] = (resid[at] >= low + add[0]) & (resid[at] <= high + add[1])
        width[at] = np.exp(high + add[1] - low - add[0])
    return {"coverage": round(float(np.mean(inside)), 4), "median_width": round(float(np.median(width)), 3)}


def band_figures(resid: np.ndarray, groups: np.ndarray, band: dict[str, Any], batched: dict[str, Any]) -> dict:
    """Coverage of the held-out time residuals by a batch-1 band, its width, and its time component's."""
    low, high = band["log_low"], band["log_high"]
    t_low, t_high = low - batched["log_low"], high - batched["log_high"]
    return {
        "log_low": low,
        "log_high": high,
        "width": round(float(np.exp(high - low)), 3),
        "coverage": coverage(resid, low, high),
        "time_component": {"log_low": round(t_low, 4), "log_high": round(t_high, 4)},
        "time_component_coverage": coverage(resid, t_low, t_high),
    }


def batch1_band(stack: str, s: Speeds, base_bands: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The stack's error bands (its own batch-1 band for a stack in ``OWN_BAND``, else the base's) and the figures
    recorded in ``residuals.batch1_band``: held-out coverage of the base's band and of the shipped one, nested."""
    resid, groups = machine_residuals(s, stack)
    batched, inherited = base_bands["batched"], base_bands["batch1"]
    figures: dict[str, Any] = {
        "how": "log(measured / predicted) time per output token of each row, its measuring machine (source and GPU) "
        "held out of the fit; coverage: share of those rows inside a band (energy band applied to time: the power "
        "error has no data here); nested: each machine's rows against a band from the other machines' residuals, each of those from a fit "
        "that saw neither machine",
        "rows": int(len(resid)),
        "machines": int(len(np.unique(groups))),
        "inherited": {"from": BASE[stack], **band_figures(resid, groups, inherited, batched)},
    }
    if stack not in OWN_BAND:  # the inherited band was built without these rows: its coverage is already held out
        return base_bands, figures
    t_low, t_high = band_from(resid, BAND_QUANTILES)
    others = others_held_out(s, stack)
    own = {
        "log_low": round(batched["log_low"] + t_low, 4),
        "log_high": round(batched["log_high"] + t_high, 4),
        "quantiles": list(BAND_QUANTILES),
        "how": BATCH1_HOW,
    }
    figures["own"] = band_figures(resid, groups, own, batched) | {
        "nested": nested(resid, groups, others, (batched["log_low"], batched["log_high"])),
        "time_component_nested": nested(resid, groups, others, (0.0, 0.0)),
    }
    return base_bands | {"batch1": own}, figures
