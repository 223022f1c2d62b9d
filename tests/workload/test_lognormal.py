"""E[min(L, cap)] of a lognormal, pinned by hand-computed values."""

from __future__ import annotations

import math

import pytest

from rice_core.workload.lognormal import expected_capped, quantile, sigma_from_ratio


def test_sigma_from_median_over_mean() -> None:
    # median/mean = e^(-σ²/2): ratio 0.611 → σ = sqrt(2 ln(1/0.611)) = 0.99263
    assert sigma_from_ratio(0.611) == pytest.approx(math.sqrt(2 * math.log(1 / 0.611)))
    assert sigma_from_ratio(0.611) == pytest.approx(0.99263, abs=1e-4)


def test_no_cap_is_the_mean_and_a_huge_cap_nearly_so() -> None:
    assert expected_capped(339.0, 0.99, None) == 339.0
    assert expected_capped(339.0, 0.99, 10**9) == pytest.approx(339.0, rel=1e-9)


def test_capped_expectation_by_hand() -> None:
    # mean 100, σ 1 → μ = ln 100 − 0.5 = 4.10517; cap 100: z = (4.60517 − 4.10517)/1 = 0.5
    # E = 100·Φ(−0.5) + 100·(1 − Φ(0.5)) = 100·0.308538 + 100·0.308538 = 61.7075
    assert expected_capped(100.0, 1.0, 100) == pytest.approx(61.7075, abs=1e-3)


def test_cap_below_the_bulk_gives_about_the_cap() -> None:
    # a label capped at 2 tokens: almost every reply reaches the cap
    assert 1.8 < expected_capped(339.0, 0.99, 2) <= 2.0


def test_zero_spread_is_min_of_mean_and_cap() -> None:
    assert expected_capped(50.0, 0.0, 30) == 30.0
    assert expected_capped(50.0, 0.0, 300) == 50.0


def test_quantile_median() -> None:
    # the median of a lognormal is mean · e^(−σ²/2): 100 · e^(−0.5) = 60.653
    assert quantile(100.0, 1.0, 0.5) == pytest.approx(60.653, abs=1e-2)


# Empirical E[min(L, cap)] over every request of the Azure LLM inference trace 2023 (AzurePublicDataset commit
# b469a113, data/AzureLLMInferenceTrace_{conv,code}.csv), computed once by hand with csv + sum(min(x, cap)) / n.
AZURE_CONV = {50: 48.7, 100: 88.5, 200: 134.6, 400: 200.8, 1000: 211.1}  # mean 211.1, median 129
AZURE_CODE = {20: 13.7, 50: 19.0, 200: 25.1, 1000: 27.7}  # mean 27.9, median 13


@pytest.mark.parametrize(("trace", "mean", "median"), [(AZURE_CONV, 211.1, 129), (AZURE_CODE, 27.9, 13)])
def test_lognormal_from_mean_and_median_tracks_the_measured_capped_means(trace, mean, median) -> None:  # type: ignore[no-untyped-def]
    sigma = sigma_from_ratio(median / mean)
    for cap, measured in trace.items():
        assert expected_capped(mean, sigma, cap) == pytest.approx(measured, rel=0.17)
