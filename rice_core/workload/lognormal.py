"""Lognormal response lengths: the expected length under a cap, ``E[min(L, cap)]``, from a mean and a spread.

A lognormal with mean ``m`` and median ``md`` has ``σ² = 2·ln(m / md)`` and ``μ = ln(m) − σ²/2``; under a cap ``c``

    E[min(L, c)] = m · Φ((ln c − μ − σ²) / σ) + c · (1 − Φ((ln c − μ) / σ))
"""

from __future__ import annotations

import math


def phi(x: float) -> float:
    """Standard normal CDF."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def sigma_from_ratio(median_over_mean: float) -> float:
    """σ of the lognormal whose median is ``median_over_mean`` × its mean (0 < ratio ≤ 1)."""
    if not 0.0 < median_over_mean <= 1.0:
        raise ValueError(f"median/mean must be in (0, 1], got {median_over_mean}")
    return math.sqrt(2.0 * math.log(1.0 / median_over_mean))


def expected_capped(mean_tokens: float, sigma: float, cap_tokens: float | None) -> float:
    """``E[min(L, cap)]`` tokens for ``L`` lognormal with ``mean_tokens`` and ``sigma`` (no cap: the mean)."""
    if cap_tokens is None:
        return mean_tokens
    if cap_tokens <= 0:
        return 0.0
    if sigma <= 0.0:
        return min(mean_tokens, cap_tokens)
    mu = math.log(mean_tokens) - sigma * sigma / 2.0
    z = (math.log(cap_tokens) - mu) / sigma
    return mean_tokens * phi(z - sigma) + cap_tokens * (1.0 - phi(z))


def quantile(mean_tokens: float, sigma: float, q: float) -> float:
    """The ``q`` quantile (0 < q < 1) of the lognormal with ``mean_tokens`` and ``sigma``."""
    mu = math.log(mean_tokens) - sigma * sigma / 2.0
    return math.exp(mu + sigma * _inverse_phi(q))


def _inverse_phi(q: float) -> float:
    """Φ⁻¹ by bisection (no SciPy at run time); 60 halvings reach double precision."""
    low, high = -10.0, 10.0
    for _ in range(60):
        mid = (low + high) / 2.0
        low, high = (mid, high) if phi(mid) < q else (low, mid)
    return (low + high) / 2.0
