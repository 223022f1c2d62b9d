"""Issue 10: the error band of an estimate that knows a model only by its sizes (a name stating them, or
``params_b`` given) is the 2025 stack's "unshaped" band, fitted on no-shape held-out residuals; catalog-shaped
estimates keep the shaped band."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from rice_core.engines import calibrated
from rice_core.engines.calibrated_batch import run_many
from rice_core.estimator import estimate, estimate_many
from rice_core.physics.coefficients import UnshapedBands
from rice_core.physics.stacks import stack_coefficients, stack_document

from .conftest import H100, engine_input


def _width(r: object) -> float:
    return r.high / r.low  # type: ignore[attr-defined]


def test_the_2025_file_holds_the_unshaped_band_with_its_provenance() -> None:
    bands = stack_document("vllm-2025")["error_band"]
    u = bands["unshaped"]
    assert "catalog does not describe" in u["how"] and u["rows"] == 306
    entries = [u["batched"], u["batch1"], *u["batched_by_hardware"].values()]
    assert set(u["batched_by_hardware"]) == {"b200", "h100-sxm"}
    assert all(e["how"] and e["quantiles"] == bands["batched"]["quantiles"] for e in entries)
    assert all(e["log_low"] <= 0.0 <= e["log_high"] for e in entries)
    nested = u["nested"]
    assert nested["how"] and nested["per_gpu_bands"]["coverage"] >= 0.80  # measured 80.7 %
    assert set(nested["per_gpu_bands"]["by_gpu"]) == {"b200", "h100-sxm"} and "coverage" in nested["pooled_band"]
    # no-shape residuals spread wider than shaped ones: each regime's band is wider than its shaped counterpart
    shaped = [bands["batched"], bands["batch1"], bands["batched_by_hardware"]["b200"]]
    shaped.append(bands["batched_by_hardware"]["h100-sxm"])
    unshaped = [u["batched"], u["batch1"], u["batched_by_hardware"]["b200"], u["batched_by_hardware"]["h100-sxm"]]
    assert all(b["log_high"] - b["log_low"] > a["log_high"] - a["log_low"] for a, b in zip(shaped, unshaped))


def test_the_llama_cpp_file_inherits_the_2025_bands_and_the_older_stacks_have_none() -> None:
    assert stack_document("llama.cpp")["error_band"] == stack_document("vllm-2025")["error_band"]
    assert isinstance(stack_coefficients("vllm-2025").unshaped, UnshapedBands)
    for stack in ("vllm-2024", "megatron-2022", "hf-transformers"):
        c = stack_coefficients(stack)
        assert c.unshaped is None  # no no-shape measurement of these stacks: the shaped band is kept
        assert c.log_band(64.0, "h100-sxm", unshaped=True) == c.log_band(64.0, "h100-sxm")
        assert c.log_band(1.0, "h100-sxm", unshaped=True) == c.log_band(1.0, "h100-sxm")


@pytest.mark.parametrize(("batch", "hardware"), [(64.0, "h100-sxm"), (64.0, "b200"), (64.0, "a100-80gb"), (1.0, None)])
def test_an_unshaped_estimate_gets_the_unshaped_band_and_a_shaped_one_keeps_its_own(
    batch: float, hardware: str | None
) -> None:
    c = stack_coefficients("vllm-2025")
    args = {"prompt_tokens": 800, "output_tokens": 300, "batch_size": batch, "hardware": hardware or "h100-sxm"}
    shaped = estimate(model="llama-3.1-70b", stack="vllm-2025", **args)
    same_sizes = estimate(model="llama-3.1-70b", params_b=shaped.params_b, stack="vllm-2025", **args)
    named = estimate(model="acme/Foo-70B-Instruct", stack="vllm-2025", **args)
    low, high = c.log_band(batch, args["hardware"])
    u_low, u_high = c.log_band(batch, args["hardware"], unshaped=True)
    assert _width(shaped.energy_range_wh) == pytest.approx(math.exp(high - low))
    assert _width(same_sizes.energy_range_wh) == pytest.approx(math.exp(u_high - u_low))
    assert _width(named.energy_range_wh) == pytest.approx(math.exp(u_high - u_low))
    assert _width(same_sizes.energy_range_wh) > _width(shaped.energy_range_wh)
    assert named.energy_range_wh.low < named.energy_wh < named.energy_range_wh.high


def test_estimate_many_gives_each_request_its_own_band() -> None:
    reqs = [
        {"model": "llama-3.1-70b", "prompt_tokens": 800, "output_tokens": 300},
        {"model": "acme/Foo-70B-Instruct", "prompt_tokens": 800, "output_tokens": 300},
        {"params_b": 70.0, "prompt_tokens": 800, "output_tokens": 300, "batch_size": 1},
        {"model": "llama-3.1-70b", "prompt_tokens": 800, "output_tokens": 300, "batch_size": 1},
    ]
    one_by_one = [estimate(**r) for r in reqs]
    together = estimate_many(reqs)
    assert [e.energy_range_wh for e in together] == [e.energy_range_wh for e in one_by_one]  # type: ignore[union-attr]


def test_the_engine_applies_the_band_per_input_in_both_paths() -> None:
    base = replace(engine_input(params_b=70.0, active_params_b=70.0, batch_size=64.0, hardware=H100), stack="vllm-2025")
    inputs = [base, replace(base, unshaped=True), replace(base, batch_size=1.0, unshaped=True)]
    assert [calibrated.run(i) for i in inputs] == run_many(inputs)
    shaped, unshaped, _ = run_many(inputs)
    assert unshaped.gpu_energy_wh == shaped.gpu_energy_wh  # same physics, only the range differs
    assert _width(unshaped.gpu_energy_range_wh) > _width(shaped.gpu_energy_range_wh)
