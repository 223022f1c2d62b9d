"""The calibrated engine with the shipped coefficients: regimes, monotonicity, devices, ranges, vectorisation."""

from __future__ import annotations

import time

import pytest

from rice_core.engines import calibrated
from rice_core.engines.base import EngineOutput
from rice_core.errors import InputError

from .conftest import A100_80, H100, engine_input


def energy(**overrides: object) -> float:
    return calibrated.run(engine_input(**overrides)).gpu_energy_wh


def power_fraction(out: EngineOutput, tdp_w: float) -> float:
    """Average power per device over a batch-1 request, as a share of TDP."""
    return out.gpu_energy_wh * 3600 / out.latency_s / out.devices / tdp_w


def test_batch1_power_is_well_above_the_papers_26_percent() -> None:
    out = calibrated.run(engine_input())
    assert out.devices == 1
    assert 0.35 < power_fraction(out, A100_80.tdp_w) < 0.7


def test_batched_serving_is_an_order_of_magnitude_cheaper_per_request() -> None:
    assert energy(batch_size=64) < energy(batch_size=1) / 10


@pytest.mark.parametrize(
    "field, values",
    [
        ("prompt_tokens", [1, 10, 100, 500, 1000, 4000, 16000]),
        ("output_tokens", [1, 2, 10, 100, 500, 2000]),
    ],
)
@pytest.mark.parametrize("batch", [1.0, 7.6, 256.0])
def test_energy_non_decreasing_in_tokens(field: str, values: list[int], batch: float) -> None:
    energies = [energy(**{field: v}, batch_size=batch) for v in values]
    assert energies == sorted(energies)


@pytest.mark.parametrize("batch", [1.0, 64.0])
def test_energy_non_decreasing_in_params(batch: float) -> None:
    sizes = [0.5, 1, 3, 7, 13, 34, 70, 180, 405]
    energies = [energy(params_b=n, active_params_b=n, batch_size=batch) for n in sizes]
    assert energies == sorted(energies)


@pytest.mark.parametrize("hardware", [A100_80, H100])
def test_energy_per_request_falls_with_batch_while_latency_grows(hardware: object) -> None:
    batches = [1, 1.5, 2, 4, 7.6, 16, 64, 256, 1024]
    outs = [calibrated.run(engine_input(batch_size=b, hardware=hardware, devices=1)) for b in batches]
    assert [o.gpu_energy_wh for o in outs] == sorted((o.gpu_energy_wh for o in outs), reverse=True)
    assert [o.latency_s for o in outs] == sorted(o.latency_s for o in outs)


def test_moe_costs_between_its_active_and_total_dense_sizes() -> None:
    at = {"devices": 2}
    moe, small, big = (energy(params_b=p, active_params_b=a, **at) for p, a in ((47, 13), (13, 13), (47, 47)))
    assert small <= moe < big
    assert moe == pytest.approx(small, rel=0.05)  # batch 1: only the active experts are read


def test_moe_devices_come_from_total_params() -> None:
    assert calibrated.run(engine_input(params_b=47, active_params_b=13)).devices == 2
    assert calibrated.run(engine_input(params_b=13, active_params_b=13)).devices == 1


def test_h100_fp8_needs_fewer_devices_and_less_time_than_fp16() -> None:
    fp16 = calibrated.run(engine_input(params_b=70, active_params_b=70, hardware=H100, precision="bf16"))
    fp8 = calibrated.run(engine_input(params_b=70, active_params_b=70, hardware=H100, precision="float8"))
    assert (fp16.devices, fp8.devices) == (4, 2)
    assert fp8.gpu_energy_wh < fp16.gpu_energy_wh


def test_int4_fits_a_70b_model_on_one_a100() -> None:
    assert calibrated.run(engine_input(params_b=70, active_params_b=70, precision="awq")).devices == 1


def test_given_devices_are_kept() -> None:
    out = calibrated.run(engine_input(devices=8))
    assert out.devices == 8
    assert out.assumptions[0].source == "argument"


def test_range_contains_estimate_and_batch1_band_is_wider() -> None:
    one, many = calibrated.run(engine_input()), calibrated.run(engine_input(batch_size=64))
    for out in (one, many):
        assert out.gpu_energy_range_wh.low < out.gpu_energy_wh < out.gpu_energy_range_wh.high
    width = [o.gpu_energy_range_wh.high / o.gpu_energy_range_wh.low for o in (one, many)]
    assert width[0] > width[1] > 1.2


def test_latency_is_prefill_plus_decode() -> None:
    out = calibrated.run(engine_input())
    assert out.latency_s == pytest.approx(out.prefill_s + out.decode_s)
    assert out.prefill_s > 0 and out.decode_s > 0


def test_extrapolated_model_size_is_flagged() -> None:
    codes = [p.code for p in calibrated.run(engine_input(params_b=1800, active_params_b=1800)).warnings]
    assert codes == ["extrapolated-model-size"]
    assert calibrated.run(engine_input()).warnings == ()


@pytest.mark.parametrize("params", [(0.0, 0.0), (7.0, 0.0), (-1.0, -1.0)])
def test_non_positive_params_are_an_input_error(params: tuple[float, float]) -> None:
    with pytest.raises(InputError, match="must be positive"):
        calibrated.run(engine_input(params_b=params[0], active_params_b=params[1]))


def test_batch_below_one_counts_as_one_request_alone() -> None:
    assert energy(batch_size=0.3) == energy(batch_size=1.0)


def test_run_many_matches_run() -> None:
    inputs = [
        engine_input(batch_size=b, params_b=p, active_params_b=a, hardware=hw)
        for b in (1, 8, 300)
        for p, a in ((7, 7), (47, 13))
        for hw in (A100_80, H100)
    ]
    many = calibrated.run_many(inputs)
    for inp, out in zip(inputs, many):
        single = calibrated.run(inp)
        assert out.gpu_energy_wh == pytest.approx(single.gpu_energy_wh, rel=1e-12)
        assert (out.devices, out.latency_s) == (single.devices, pytest.approx(single.latency_s, rel=1e-12))
    assert calibrated.run_many([]) == []


def test_run_costs_microseconds() -> None:
    inp = engine_input()
    calibrated.run(inp)
    start = time.perf_counter()
    for _ in range(500):
        calibrated.run(inp)
    assert (time.perf_counter() - start) / 500 < 1e-3  # measured ≈ 20 µs; generous for a loaded CI machine
