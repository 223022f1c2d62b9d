"""estimate(): every formula against hand computation, resolution order, ranges, UnknownModel and bad input."""

from __future__ import annotations

import math

import pytest

from rice_core.errors import InputError
from rice_core.estimator import estimate, estimate_many
from rice_core.estimator.inputs import DEFAULT_PUE, engine_module
from rice_core.paper_fit.fits import get_fit
from rice_core.result import Estimate, UnknownModel

PAPER = {"power_model": "rice-paper"}


def by_hand(params_b: float, prompt: int, output: int, tdp_w: float, pue: float, grid: float) -> dict[str, float]:
    fit = get_fit()
    devices = max(1, math.ceil(fit.devices_intercept + fit.devices_slope_per_b * params_b))
    c0, c1, c2 = fit.beta_coefs
    prefill = fit.prefill.lookup_s(params_b, prompt)
    latency = prefill + (output - 1) * (c0 + c1 * params_b + c2 * params_b**2)
    gpu_wh = devices * tdp_w * 0.26 * latency / 3600
    return {
        "devices": devices,
        "latency_s": latency,
        "gpu_energy_wh": gpu_wh,
        "energy_wh": gpu_wh * pue,
        "co2e_g": gpu_wh * pue / 1000 * grid,
    }


def test_paper_mode_by_hand() -> None:
    e = estimate(params_b=70, prompt_tokens=500, output_tokens=300, pue=1.1, grid_gco2e_per_kwh=100, **PAPER)
    assert isinstance(e, Estimate)
    want = by_hand(70, 500, 300, 400.0, 1.1, 100)
    assert e.devices == want["devices"] == 4
    for key in ("latency_s", "gpu_energy_wh", "energy_wh", "co2e_g"):
        assert getattr(e, key) == pytest.approx(want[key], rel=1e-12), key
    assert e.latency_s == pytest.approx(e.prefill_s + e.decode_s)
    # engine band: ±15.3 % (paper Table IV energy MAPE), then PUE and grid
    assert e.energy_range_wh.low == pytest.approx(e.energy_wh * 0.847)
    assert e.co2e_range_g.high == pytest.approx(e.co2e_g * 1.153)
    assert e.hardware == "a100-80gb" and e.batch_size == 1.0 and e.precision == "fp16"


def test_hardware_changes_only_tdp_in_paper_mode() -> None:
    a100 = estimate(params_b=8, prompt_tokens=100, output_tokens=50, **PAPER)
    h100 = estimate(params_b=8, prompt_tokens=100, output_tokens=50, hardware="h100-sxm", **PAPER)
    assert h100.latency_s == a100.latency_s
    assert h100.gpu_energy_wh == pytest.approx(a100.gpu_energy_wh * 700 / 400)


def test_defaults_pue_and_world_grid() -> None:
    from rice_core.catalog.grid import lookup_grid

    e = estimate(params_b=8, prompt_tokens=100, output_tokens=50, **PAPER)
    assert e.pue == DEFAULT_PUE == 1.1
    assert e.region == "world" and e.grid_gco2e_per_kwh == lookup_grid("world").gco2e_per_kwh
    assert {w.code for w in e.warnings} >= {"default-hardware", "default-region"}
    assert {a.name: a.source for a in e.assumptions}["pue"] == "default"


def test_region_argument_sets_grid() -> None:
    from rice_core.catalog.grid import lookup_grid

    e = estimate(params_b=8, prompt_tokens=100, output_tokens=50, region="FR", **PAPER)
    assert e.grid_gco2e_per_kwh == lookup_grid("FR").gco2e_per_kwh
    assert e.co2e_g == pytest.approx(e.energy_wh / 1000 * e.grid_gco2e_per_kwh)


def test_devices_argument_overrides_fit() -> None:
    e = estimate(params_b=70, prompt_tokens=100, output_tokens=50, devices=8, **PAPER)
    assert e.devices == 8
    assert {a.name: a.source for a in e.assumptions}["devices"] == "argument"


def test_closed_model_range_covers_low_and_high_params(fake_models: dict) -> None:
    e = estimate("fake-closed", prompt_tokens=500, output_tokens=300, grid_gco2e_per_kwh=100, **PAPER)
    low = estimate(params_b=100, prompt_tokens=500, output_tokens=300, pue=e.pue, grid_gco2e_per_kwh=100, **PAPER)
    high = estimate(params_b=400, prompt_tokens=500, output_tokens=300, pue=e.pue, grid_gco2e_per_kwh=100, **PAPER)
    assert "closed-model-params-estimated" in {w.code for w in e.warnings}
    assert e.energy_range_wh.low == pytest.approx(low.energy_range_wh.low)
    assert e.energy_range_wh.high == pytest.approx(high.energy_range_wh.high)
    assert e.energy_range_wh.low < e.energy_wh < e.energy_range_wh.high


def test_provider_profile_pue_applies(fake_models: dict) -> None:
    from rice_core.catalog.providers import lookup_provider

    e = estimate("fake-closed", prompt_tokens=10, output_tokens=10, **PAPER)
    assert e.pue == lookup_provider("openai").pue
    assert estimate("fake-closed", prompt_tokens=10, output_tokens=10, pue=1.5, **PAPER).pue == 1.5


def test_moe_uses_active_params_for_time_total_for_devices(fake_models: dict) -> None:
    moe = estimate("fake-moe", prompt_tokens=200, output_tokens=100, **PAPER)
    dense_active = estimate(params_b=12.9, prompt_tokens=200, output_tokens=100, **PAPER)
    assert moe.latency_s == pytest.approx(dense_active.latency_s)
    assert moe.devices == 3  # ceil(0.706 + 0.0433 × 46.7) = 3


def test_unknown_model_is_returned_not_raised(fake_models: dict) -> None:
    result = estimate("gpt-9-ultra", prompt_tokens=10, output_tokens=10)
    assert isinstance(result, UnknownModel)
    assert result.code == "unknown-model" and result.suggestions


def test_unknown_name_with_params_is_estimated(fake_models: dict) -> None:
    e = estimate("my-finetune", params_b=13, prompt_tokens=10, output_tokens=10, **PAPER)
    assert isinstance(e, Estimate) and e.model == "my-finetune" and e.params_b == 13


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        ({"prompt_tokens": 0}, "prompt_tokens=0"),
        ({"prompt_tokens": -5}, "prompt_tokens=-5"),
        ({"output_tokens": float("nan")}, "output_tokens=nan"),
        ({"output_tokens": 2.5}, "output_tokens=2.5"),
        ({"prompt_tokens": True}, "prompt_tokens=True"),
        ({"hardware": "tpu-v9"}, "unknown hardware 'tpu-v9'; accepted: a100-40gb"),
        ({"region": "atlantis"}, "unknown region 'atlantis'"),
        ({"precision": "fp3"}, "unknown precision 'fp3'"),
        ({"pue": 0.5}, "pue=0.5"),
        ({"pue": float("inf")}, "pue=inf"),
        ({"params_b": -1.0}, "params_b=-1.0"),
        ({"batch_size": 0}, "batch_size=0"),
        ({"devices": 0}, "devices=0"),
        ({"power_model": "magic"}, "unknown power model 'magic'; accepted: calibrated"),
        ({"grid_gco2e_per_kwh": float("nan")}, "grid_gco2e_per_kwh=nan"),
    ],
)
def test_bad_input_names_the_value(kwargs: dict, needle: str) -> None:
    args = {"params_b": 8.0, "prompt_tokens": 10, "output_tokens": 10} | kwargs
    with pytest.raises(InputError) as info:
        estimate(**args)
    assert needle in str(info.value)


def test_no_model_and_no_params_is_an_input_error() -> None:
    with pytest.raises(InputError, match="model name or params_b"):
        estimate(prompt_tokens=10, output_tokens=10)


def test_default_power_model_is_calibrated_or_documented_fallback() -> None:
    e = estimate(params_b=8, prompt_tokens=10, output_tokens=10)
    note = {a.name: a for a in e.assumptions}["power_model"]
    if engine_module("calibrated") is None:
        assert e.power_model == "rice-paper" and "not available" in note.detail
    else:
        assert e.power_model == "calibrated" and note.source == "default"


def test_extrapolation_warnings() -> None:
    long = estimate(params_b=8, prompt_tokens=5000, output_tokens=10, **PAPER)
    huge = estimate(params_b=1800, prompt_tokens=10, output_tokens=10, **PAPER)
    assert "extrapolated-prompt-length" in {w.code for w in long.warnings}
    assert "extrapolated-model-size" in {w.code for w in huge.warnings}
    assert not {"extrapolated-prompt-length", "extrapolated-model-size"} & {
        w.code for w in estimate(params_b=8, prompt_tokens=1920, output_tokens=10, **PAPER).warnings
    }


def test_estimate_many_equals_estimate(fake_models: dict) -> None:
    rows = [
        {"model": "fake-closed", "prompt_tokens": 100, "output_tokens": 20, **PAPER},
        {"model": "nope", "prompt_tokens": 1, "output_tokens": 1},
        {"params_b": 70.0, "prompt_tokens": 3000, "output_tokens": 200, "region": "FR", **PAPER},
        {"model": "fake-open-8b", "prompt_tokens": 7, "output_tokens": 9, **PAPER},
    ]
    many = estimate_many(rows)
    assert isinstance(many[1], UnknownModel)
    for row, got in zip(rows, many):
        assert got == estimate(**row)


def test_estimate_many_columns_broadcast_scalars() -> None:
    got = estimate_many({"params_b": [8.0, 70.0], "prompt_tokens": [10, 20], "output_tokens": 5, **PAPER})
    assert [e.params_b for e in got] == [8.0, 70.0] and all(e.output_tokens == 5 for e in got)


def test_estimate_many_names_the_bad_row() -> None:
    with pytest.raises(InputError, match="request #1: prompt_tokens=0"):
        estimate_many(
            [
                {"params_b": 8.0, "prompt_tokens": 1, "output_tokens": 1},
                {"params_b": 8.0, "prompt_tokens": 0, "output_tokens": 1},
            ]
        )


def test_to_dict_is_json_ready() -> None:
    import json

    d = estimate(params_b=8, prompt_tokens=10, output_tokens=10, **PAPER).to_dict()
    assert json.loads(json.dumps(d)) == d
    assert len(d["energy_range_wh"]) == 2


def test_estimate_many_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(InputError, match="different lengths"):
        estimate_many({"params_b": [8.0, 70.0], "prompt_tokens": [10, 20, 30], "output_tokens": 5})


def test_unhashable_argument_is_an_input_error() -> None:
    with pytest.raises(InputError, match="plain values"):
        estimate(params_b=8, prompt_tokens=10, output_tokens=10, region=["FR"])  # type: ignore[arg-type]
