"""The paper's three regressors (R-ICE section IV-B), fitted with scikit-learn on first use and cached.

1. Linear regression  params_b -> minimum #A100-80GB (14 distinct points; paper R^2 0.99).
2. Random forest      (params_b, prompt_tokens) -> prefill_s = prompt encoding + one output step (378 points).
3. Polynomial (deg 2) params_b -> beta_s, the time per further output token (14 points; paper R^2 0.94).

Coefficients are read back into plain floats; the forest is flattened into a monotone lookup table
(``grid.py``), so estimating never calls scikit-learn. ``random_state`` is fixed: fits are deterministic. The
result is kept for the process, and as plain JSON per user (``cache.py``) so later processes skip scikit-learn.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from rice_core.paper_fit.data import load_profiles, prefill_points
from rice_core.paper_fit.grid import PrefillTable, flatten_forest

RANDOM_STATE = 0
N_ESTIMATORS = 100
BETA_DEGREE = 2


@dataclass(frozen=True)
class PaperFit:
    """Everything the rice-paper engine needs, as plain numbers."""

    devices_intercept: float  # #GPUs = ceil(intercept + slope * params_b), >= 1
    devices_slope_per_b: float
    devices_r2: float
    beta_coefs: tuple[float, ...]  # beta_s = c0 + c1 * N + c2 * N^2 (N = params_b)
    beta_r2: float
    params_min_b: float  # training range of params (extrapolation warning outside)
    params_max_b: float
    prefill: PrefillTable


def make_forest() -> Any:
    """The paper's prefill regressor, unfitted (shared with ``rice validate``)."""
    from sklearn.ensemble import RandomForestRegressor

    return RandomForestRegressor(n_estimators=N_ESTIMATORS, random_state=RANDOM_STATE)


def fit_devices(params_b: list[float], gpus: list[int]) -> tuple[float, float, float]:
    """Linear regression #GPUs on params: (intercept, slope, R^2)."""
    import numpy as np
    from sklearn.linear_model import LinearRegression

    x = np.asarray(params_b, dtype=float).reshape(-1, 1)
    model = LinearRegression().fit(x, gpus)
    return float(model.intercept_), float(model.coef_[0]), float(model.score(x, gpus))


def fit_beta(params_b: list[float], beta_s: list[float]) -> tuple[tuple[float, ...], float]:
    """Polynomial regression beta on params: ((c0, c1, c2), R^2)."""
    import numpy as np
    from sklearn.linear_model import LinearRegression
    from sklearn.preprocessing import PolynomialFeatures

    x = PolynomialFeatures(BETA_DEGREE, include_bias=False).fit_transform(np.asarray(params_b).reshape(-1, 1))
    model = LinearRegression().fit(x, beta_s)
    coefs = (float(model.intercept_), *(float(c) for c in model.coef_))
    return coefs, float(model.score(x, beta_s))


@functools.cache
def get_fit() -> PaperFit:
    """The fit for this process: from the per-user JSON cache (``cache.py``) when current, else fitted and saved."""
    from rice_core.paper_fit import cache

    cached = cache.load()
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    fit = fit_from_data()
    cache.save(fit)
    return fit


def fit_from_data() -> PaperFit:
    """Fit the three regressors from the shipped data (~0.1 s plus importing scikit-learn, ~0.6–0.8 s)."""
    profiles = load_profiles()
    params = [p.params_b for p in profiles]
    intercept, slope, dev_r2 = fit_devices(params, [p.gpus for p in profiles])
    beta_coefs, beta_r2 = fit_beta(params, [p.beta_s for p in profiles])
    xs, ys, _ = prefill_points()
    forest = make_forest()
    forest.fit(xs, ys)
    return PaperFit(
        devices_intercept=intercept,
        devices_slope_per_b=slope,
        devices_r2=dev_r2,
        beta_coefs=beta_coefs,
        beta_r2=beta_r2,
        params_min_b=min(params),
        params_max_b=max(params),
        prefill=flatten_forest(forest),
    )
