"""Monotonicity of the calibrated engine over random requests (hypothesis, derandomised: deterministic)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rice_core.engines import calibrated

from .conftest import A100_40, A100_80, H100, engine_input

sizes = st.tuples(st.floats(0.5, 700.0), st.floats(0.05, 1.0)).map(lambda t: (t[0], max(t[0] * t[1], 0.3)))
requests = st.fixed_dictionaries(
    {
        "params": sizes,
        "prompt_tokens": st.integers(0, 32000),
        "output_tokens": st.integers(0, 8000),
        "batch_size": st.floats(1.0, 2048.0),
        "devices": st.sampled_from([1, 2, 4, 8, 16]),
        "hardware": st.sampled_from([A100_40, A100_80, H100]),
        "precision": st.sampled_from(["bf16", "fp8", "int4", "mxfp4"]),
    }
)
SETTINGS = settings(max_examples=150, derandomize=True, deadline=None)


def energy(req: dict, **changes: object) -> float:
    fields = {k: v for k, v in req.items() if k != "params"}
    fields.update(params_b=req["params"][0], active_params_b=req["params"][1])
    fields.update(changes)
    return calibrated.run(engine_input(**fields)).gpu_energy_wh


@SETTINGS
@given(requests, st.integers(1, 4000))
def test_more_prompt_never_costs_less(req: dict, extra: int) -> None:
    assert energy(req, prompt_tokens=req["prompt_tokens"] + extra) >= energy(req)


@SETTINGS
@given(requests, st.integers(1, 4000))
def test_more_output_never_costs_less(req: dict, extra: int) -> None:
    assert energy(req, output_tokens=req["output_tokens"] + extra) >= energy(req)


@SETTINGS
@given(requests, st.floats(1.01, 8.0))
def test_a_larger_batch_never_costs_more_per_request(req: dict, factor: float) -> None:
    assert energy(req, batch_size=req["batch_size"] * factor) <= energy(req) * (1 + 1e-12)


@SETTINGS
@given(requests, st.floats(1.01, 4.0))
def test_a_larger_dense_model_never_costs_less(req: dict, factor: float) -> None:
    n = req["params"][0]
    dense = {**req, "params": (n, n)}
    assert energy(dense, params_b=n * factor, active_params_b=n * factor) >= energy(dense)


@SETTINGS
@given(requests)
def test_range_brackets_the_estimate_and_power_stays_under_tdp(req: dict) -> None:
    fields = {k: v for k, v in req.items() if k != "params"}
    out = calibrated.run(engine_input(params_b=req["params"][0], active_params_b=req["params"][1], **fields))
    assert out.gpu_energy_range_wh.low <= out.gpu_energy_wh <= out.gpu_energy_range_wh.high
    watts = next(a.value for a in out.assumptions if a.name == "device_power_w")
    assert 0 < watts <= req["hardware"].tdp_w


@SETTINGS
@given(requests, st.floats(1.01, 4.0), st.integers(1, 8000))
def test_with_devices_from_memory_bigger_models_and_prompts_never_cost_less(
    req: dict, factor: float, extra: int
) -> None:
    n = req["params"][0]
    dense = {**req, "params": (n, n), "devices": None}
    base = energy(dense)
    assert energy(dense, params_b=n * factor, active_params_b=n * factor) >= base
    assert energy(dense, prompt_tokens=req["prompt_tokens"] + extra) >= base
