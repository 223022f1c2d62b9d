"""Property tests: an estimate never decreases when prompt tokens, output tokens or params grow."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rice_core.estimator import estimate

PARAMS = st.floats(min_value=0.05, max_value=3000.0, allow_nan=False)
PROMPT = st.integers(min_value=1, max_value=40_000)
OUTPUT = st.integers(min_value=1, max_value=8_000)
FIXED = {"power_model": "rice-paper", "pue": 1.1, "grid_gco2e_per_kwh": 400.0}
FIELDS = ("latency_s", "gpu_energy_wh", "energy_wh", "co2e_g")


def _le(a: object, b: object) -> bool:
    return all(getattr(a, f) <= getattr(b, f) for f in FIELDS) and a.energy_range_wh.high <= b.energy_range_wh.high  # type: ignore[attr-defined]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(PARAMS, PROMPT, PROMPT, OUTPUT)
def test_monotone_in_prompt_tokens(params: float, p1: int, p2: int, out: int) -> None:
    lo, hi = sorted((p1, p2))
    assert _le(
        estimate(params_b=params, prompt_tokens=lo, output_tokens=out, **FIXED),
        estimate(params_b=params, prompt_tokens=hi, output_tokens=out, **FIXED),
    )


@settings(max_examples=150, deadline=None, derandomize=True)
@given(PARAMS, PROMPT, OUTPUT, OUTPUT)
def test_monotone_in_output_tokens(params: float, prompt: int, o1: int, o2: int) -> None:
    lo, hi = sorted((o1, o2))
    assert _le(
        estimate(params_b=params, prompt_tokens=prompt, output_tokens=lo, **FIXED),
        estimate(params_b=params, prompt_tokens=prompt, output_tokens=hi, **FIXED),
    )


@settings(max_examples=200, deadline=None, derandomize=True)
@given(PARAMS, PARAMS, PROMPT, OUTPUT)
def test_monotone_in_params(n1: float, n2: float, prompt: int, out: int) -> None:
    lo, hi = sorted((n1, n2))
    assert _le(
        estimate(params_b=lo, prompt_tokens=prompt, output_tokens=out, **FIXED),
        estimate(params_b=hi, prompt_tokens=prompt, output_tokens=out, **FIXED),
    )


@settings(max_examples=100, deadline=None, derandomize=True)
@given(PARAMS, PROMPT, OUTPUT)
def test_range_brackets_central(params: float, prompt: int, out: int) -> None:
    e = estimate(params_b=params, prompt_tokens=prompt, output_tokens=out, **FIXED)
    assert e.energy_range_wh.low <= e.energy_wh <= e.energy_range_wh.high
    assert e.co2e_range_g.low <= e.co2e_g <= e.co2e_range_g.high


def _catalog_model(index: int) -> object:
    from rice_core.catalog.models import all_models

    models = all_models()
    return models[index % len(models)]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.integers(0, 10_000),
    st.integers(1, 10**6),
    st.integers(1, 10**6),
    OUTPUT,
    OUTPUT,
    st.sampled_from([None, "rice-paper"]),
)
def test_catalog_models_energy_monotone_in_tokens(
    index: int, a: int, b: int, o1: int, o2: int, power_model: str | None
) -> None:
    """Every catalog model, either engine: energy and CO2e (and their range) never fall as tokens grow.

    Latency is not asserted for ``calibrated``: a longer context may add devices and so shorten the request.
    """
    spec = _catalog_model(index)
    window = spec.context_window  # type: ignore[attr-defined]
    p1, p2 = sorted((1 + a % window, 1 + b % window))
    lo_o, hi_o = sorted((o1, o2))
    base = estimate(spec.id, prompt_tokens=p1, output_tokens=lo_o, power_model=power_model)  # type: ignore[attr-defined]
    for longer in (
        estimate(spec.id, prompt_tokens=p2, output_tokens=lo_o, power_model=power_model),  # type: ignore[attr-defined]
        estimate(spec.id, prompt_tokens=p1, output_tokens=hi_o, power_model=power_model),
    ):  # type: ignore[attr-defined]
        assert base.energy_wh <= longer.energy_wh and base.co2e_g <= longer.co2e_g
        assert base.energy_range_wh.low <= longer.energy_range_wh.low
        assert base.energy_range_wh.high <= longer.energy_range_wh.high


@settings(max_examples=150, deadline=None, derandomize=True)
@given(PARAMS, PARAMS, PROMPT, OUTPUT)
def test_default_engine_energy_monotone_in_params(n1: float, n2: float, prompt: int, out: int) -> None:
    lo, hi = sorted((n1, n2))
    fixed = {"pue": 1.1, "grid_gco2e_per_kwh": 400.0}
    small = estimate(params_b=lo, prompt_tokens=prompt, output_tokens=out, **fixed)
    large = estimate(params_b=hi, prompt_tokens=prompt, output_tokens=out, **fixed)
    assert small.energy_wh <= large.energy_wh and small.co2e_g <= large.co2e_g
    assert small.energy_range_wh.high <= large.energy_range_wh.high
