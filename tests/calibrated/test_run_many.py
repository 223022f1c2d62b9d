"""``calibrated.run_many`` (vectorised) against ``calibrated.run`` (scalar), field by field, on awkward inputs."""

from __future__ import annotations

import itertools

import pytest

from rice_core.engines import calibrated
from rice_core.engines.base import EngineOutput
from rice_core.errors import InputError

from .conftest import A100_40, A100_80, H100, engine_input

SIZES = ((0.1, 0.1), (7.0, 7.0), (46.7, 12.9), (116.8, 5.1), (671.0, 37.0), (2000.0, 2000.0))
CASES = list(
    itertools.product(SIZES, (1, 1.5, 7.6, 64, 300), (A100_40, H100), ("fp16", "bfloat16", "fp8", "mxfp4"), (None, 2))
)


def _inputs() -> list:
    return [
        engine_input(
            params_b=p,
            active_params_b=a,
            batch_size=b,
            hardware=hw,
            precision=prec,
            devices=dev,
            prompt_tokens=1 + 37 * k,
            output_tokens=1 + 11 * k,
        )
        for k, ((p, a), b, hw, prec, dev) in enumerate(CASES)
    ]


def _same(many: EngineOutput, one: EngineOutput) -> None:
    assert (many.devices, many.assumptions, many.warnings) == (one.devices, one.assumptions, one.warnings)
    for name in ("prefill_s", "decode_s", "latency_s", "gpu_energy_wh"):
        assert getattr(many, name) == pytest.approx(getattr(one, name), rel=1e-12), name
    assert many.gpu_energy_range_wh.low == pytest.approx(one.gpu_energy_range_wh.low, rel=1e-12)
    assert many.gpu_energy_range_wh.high == pytest.approx(one.gpu_energy_range_wh.high, rel=1e-12)


def test_run_many_equals_run_on_every_case() -> None:
    inputs = _inputs()
    many = calibrated.run_many(inputs)
    assert len(many) == len(inputs)
    for inp, out in zip(inputs, many):
        _same(out, calibrated.run(inp))


def test_run_many_devices_cover_the_regimes() -> None:
    # sanity of the cases themselves: 1 device (small), several (671 B bf16 on 40 GB), the caller's 2, the 64 cap
    devices = {out.devices for out in calibrated.run_many(_inputs())}
    assert {1, 2, 64}.issubset(devices) and any(d > 2 for d in devices - {64})


@pytest.mark.parametrize("bad", [{"precision": "fp3"}, {"params_b": 0.0}, {"active_params_b": float("nan")}])
def test_run_many_refuses_what_run_refuses(bad: dict) -> None:
    inputs = [engine_input(), engine_input(**bad)]
    with pytest.raises(InputError):
        calibrated.run(inputs[1])
    with pytest.raises(InputError):
        calibrated.run_many(inputs)


def test_run_many_mixed_hardware_keeps_each_figure() -> None:
    a, b = calibrated.run_many([engine_input(hardware=A100_80), engine_input(hardware=H100)])
    _same(a, calibrated.run(engine_input(hardware=A100_80)))
    _same(b, calibrated.run(engine_input(hardware=H100)))
    assert a.latency_s > b.latency_s  # the H100's bandwidth and FLOP/s reach the physics
