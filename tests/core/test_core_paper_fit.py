"""The paper's three regressors: fits checked against independent numpy fits, the flattened forest against
scikit-learn's own predictions, and monotonicity of the table and its tail."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rice_core.engines import paper
from rice_core.paper_fit.data import load_profiles, prefill_points
from rice_core.paper_fit.fits import get_fit, make_forest
from rice_core.paper_fit.grid import PROMPT_MAX, flatten_forest


def test_distinct_profiles_are_the_papers_data_points() -> None:
    profiles = load_profiles()
    assert len(profiles) == 14  # "less than 15 data points"
    assert len(prefill_points()[0]) == 14 * 27  # "~400 data points"
    assert {p.params_b for p in profiles} >= {0.35, 6.0, 52.0, 175.0, 530.0}


def test_device_fit_equals_least_squares_and_paper_r2() -> None:
    fit = get_fit()
    profiles = load_profiles()
    slope, intercept = np.polyfit([p.params_b for p in profiles], [p.gpus for p in profiles], 1)
    assert fit.devices_slope_per_b == pytest.approx(slope, rel=1e-9)
    assert fit.devices_intercept == pytest.approx(intercept, rel=1e-9)
    assert fit.devices_r2 == pytest.approx(0.99, abs=0.005)  # paper: 0.99


def test_beta_fit_equals_quadratic_least_squares() -> None:
    fit = get_fit()
    profiles = load_profiles()
    c2, c1, c0 = np.polyfit([p.params_b for p in profiles], [p.beta_s for p in profiles], 2)
    assert fit.beta_coefs == pytest.approx((c0, c1, c2), rel=1e-6)
    assert 0.85 < fit.beta_r2 < 0.95  # paper: 0.94 on its own subset


def test_devices_by_hand() -> None:
    fit = get_fit()
    assert paper.devices_for(fit, 6.0) == 1  # 0.706 + 0.0433 × 6 = 0.97 → 1
    assert paper.devices_for(fit, 70.0) == 4  # 0.706 + 3.03 = 3.74 → 4
    assert paper.devices_for(fit, 530.0) == 24  # 0.706 + 22.97 = 23.68 → 24
    assert paper.devices_for(fit, 0.001) == 1


def test_beta_is_clipped_past_the_data() -> None:
    fit = get_fit()
    c0, c1, c2 = fit.beta_coefs
    assert paper.beta_s(fit, 70.0) == pytest.approx(c0 + c1 * 70 + c2 * 4900)
    assert paper.beta_s(fit, 5000.0) == paper.beta_s(fit, fit.params_max_b)


def test_flattened_forest_reproduces_sklearn_predictions() -> None:
    xs, ys, _ = prefill_points()
    forest = make_forest().fit(xs, ys)
    table = flatten_forest(forest, monotone=False)
    rng = np.random.default_rng(7)
    params = rng.uniform(0.1, 700, 400)
    prompts = rng.integers(1, PROMPT_MAX + 1, 400)
    expected = forest.predict(np.column_stack([params, prompts]))
    assert table.lookup_many_s(params, prompts) == pytest.approx(expected, abs=1e-12)
    assert [table.lookup_s(a, b) for a, b in zip(params, prompts)] == pytest.approx(expected, abs=1e-12)


def test_monotone_table_never_decreases() -> None:
    seconds = np.asarray(get_fit().prefill.seconds)
    assert (np.diff(seconds, axis=0) >= 0).all()
    assert (np.diff(seconds, axis=1) >= 0).all()


def test_prompt_tail_is_linear_past_the_data() -> None:
    table = get_fit().prefill
    at_edge = table.lookup_s(70.0, PROMPT_MAX)
    slope = (table.lookup_s(70.0, PROMPT_MAX + 1000) - at_edge) / 1000
    assert slope > 0
    assert table.lookup_s(70.0, PROMPT_MAX + 3000) == pytest.approx(at_edge + 3000 * slope)
    # physical floor: no faster per extra token than the data's own upper half grows
    assert table.lookup_s(70.0, 4 * PROMPT_MAX) > 2 * at_edge


def test_gpu_energy_formula() -> None:
    # 4 GPUs × 400 W × 0.26 × 36 s = 14,976 J = 4.16 Wh
    assert paper.gpu_energy_wh(4, 400.0, 36.0) == pytest.approx(4.16)
    assert math.isclose(paper.UTILIZATION, 0.26)


def test_json_cache_round_trips_exactly() -> None:
    from rice_core.paper_fit import cache
    from rice_core.paper_fit.fits import fit_from_data

    fit = fit_from_data()
    assert cache.from_json(cache.to_json(fit)) == fit
    assert fit == get_fit()  # whatever get_fit loaded (cache or fresh) is the same numbers


def test_cache_is_written_then_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rice_core.paper_fit import cache, fits

    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path))
    fits.get_fit.cache_clear()
    try:
        first = fits.get_fit()
        files = list(tmp_path.glob("paper-fit-*.json"))
        assert len(files) == 1
        fits.get_fit.cache_clear()
        monkeypatch.setattr(fits, "fit_from_data", lambda: pytest.fail("refitted despite a valid cache"))
        assert fits.get_fit() == first
    finally:
        fits.get_fit.cache_clear()
    assert cache.load() == first


@pytest.mark.parametrize("content", ["{not json", '{"key": "stale", "fit": {}}', '{"key": 1}', ""])
def test_bad_cache_files_are_ignored(tmp_path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    from rice_core.paper_fit import cache

    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path))
    path = tmp_path / f"paper-fit-{cache.cache_key()[:24]}.json"
    path.write_text(content, encoding="utf-8")
    assert cache.load() is None


def test_truncated_table_in_cache_is_rejected(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from rice_core.paper_fit import cache

    data = json.loads(cache.to_json(get_fit()))
    data["fit"]["prefill"]["seconds"] = data["fit"]["prefill"]["seconds"][:-1]
    with pytest.raises(ValueError, match="shape"):
        cache.from_json(json.dumps(data))


def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from rice_core.paper_fit import cache

    monkeypatch.setenv("RICE_CACHE_DIR", "")
    assert cache.cache_dir() is None and cache.load() is None
    cache.save(get_fit())  # a no-op, not an error
