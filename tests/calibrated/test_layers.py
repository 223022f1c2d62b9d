"""The optional architecture input: published layer counts from the catalog to the engine, the power law otherwise."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rice_core import estimate
from rice_core.catalog._load import read_catalog
from rice_core.catalog.models import lookup_model, parse_models
from rice_core.engines import calibrated
from rice_core.estimator.hosted import engine_output_tokens
from rice_core.errors import CatalogError
from rice_core.physics.shapes import kv_bytes_per_token

from .conftest import A100_80, H100, engine_input


@pytest.mark.parametrize(
    "name, layers",
    [
        ("llama-3.1-8b", 32),
        ("llama-3.1-405b", 126),
        ("mixtral-8x7b", 32),
        ("qwen2.5-7b", 28),
        ("gemma-2-27b", 46),
        ("phi-3-mini", 32),
        ("deepseek-v3", 61),
        ("gpt-oss-120b", 36),
        ("gpt-4o", None),
        ("claude-sonnet-4", None),
    ],
)
def test_catalog_layers(name: str, layers: int | None) -> None:
    spec = lookup_model(name)
    assert spec is not None and spec.layers == layers
    if layers is not None:
        assert any(f"num_hidden_layers {layers}" in s for s in spec.sources)


def _catalog_with(**fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(read_catalog("models.json"))
    entry = next(m for m in data["models"] if m["id"] == "llama-3.1-8b")
    entry.update(fields)
    return data


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"layers": 0}, "positive integer"),
        ({"layers": 32.5}, "positive integer"),
        ({"layers": "32"}, "positive integer"),
        ({"layers": 33}, "no entry in 'sources' states it"),
    ],
)
def test_bad_layers_are_rejected_naming_the_entry(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(CatalogError, match=message) as err:
        parse_models(_catalog_with(**fields))
    assert "llama-3.1-8b" in str(err.value) and "layers" in str(err.value)


def test_known_layers_replace_the_power_law_in_the_physics() -> None:
    # 8B: the power law gives 17.5 × 8^0.33 = 34.4 layers; Llama 3.1 8B has 32, so fewer launches, all-reduces and
    # KV bytes (2 × 32 × 1024 × 2 = 131,072 per token) and a shorter, cheaper request
    assert kv_bytes_per_token(8.0, known_layers=32.0) == 131072.0
    assert kv_bytes_per_token(8.0) == pytest.approx(2 * 17.5 * 8**0.33 * 1024 * 2)
    law = calibrated.run(engine_input(params_b=8.0, active_params_b=8.0, devices=2))
    true = calibrated.run(engine_input(params_b=8.0, active_params_b=8.0, devices=2, layers=32))
    assert true.latency_s < law.latency_s and true.gpu_energy_wh < law.gpu_energy_wh
    # a deeper model at the same size pays more launch floor and all-reduce time
    deep = calibrated.run(engine_input(params_b=8.0, active_params_b=8.0, devices=2, layers=64))
    assert deep.latency_s > law.latency_s


def test_run_many_with_mixed_layers_equals_run() -> None:
    inputs = [
        engine_input(params_b=p, active_params_b=a, layers=n, hardware=hw, batch_size=b)
        for p, a, n in ((8.0, 8.0, 32), (8.0, 8.0, None), (46.7, 12.9, 32), (70.0, 70.0, 80))
        for hw in (A100_80, H100)
        for b in (1.0, 64.0)
    ]
    for inp, many in zip(inputs, calibrated.run_many(inputs)):
        one = calibrated.run(inp)
        assert (many.devices, many.assumptions) == (one.devices, one.assumptions)
        assert many.gpu_energy_wh == pytest.approx(one.gpu_energy_wh, rel=1e-12)
        assert many.latency_s == pytest.approx(one.latency_s, rel=1e-12)


def test_estimator_passes_catalog_layers_and_records_the_source() -> None:
    e = estimate("llama-3.1-8b", prompt_tokens=1000, output_tokens=300)
    note = next(a for a in e.assumptions if a.name == "layers")
    assert (note.value, note.source) == (32, "catalog") and "num_hidden_layers 32" in note.detail
    closed = estimate("gpt-4o-mini", prompt_tokens=1000, output_tokens=300)
    assert next(a for a in closed.assumptions if a.name == "layers").source == "fit"
    # a size given as an argument is not the catalog's model: its depth comes from the power law (13B → 41 layers)
    given = estimate("llama-3.1-8b", params_b=13, prompt_tokens=1000, output_tokens=300)
    assert [(a.value, a.source) for a in given.assumptions if a.name == "layers"] == [(41, "fit")]
    paper = estimate("llama-3.1-8b", prompt_tokens=1000, output_tokens=300, power_model="rice-paper")
    assert not [a for a in paper.assumptions if a.name == "layers"]


def test_estimate_uses_the_catalog_depth() -> None:
    from rice_core.catalog.hardware import lookup_hardware

    hw = lookup_hardware("a100-80gb")
    assert hw is not None
    e = estimate(
        "llama-3.1-8b",
        prompt_tokens=1000,
        output_tokens=300,
        hardware="a100-80gb",
        batch_size=1,
        devices=1,
        region="FR",
    )
    served = {a.name: a.value for a in e.assumptions}  # hosted serving: speculative steps + network time shown
    out = calibrated.run(
        engine_input(
            params_b=8.03,
            active_params_b=8.03,
            prompt_tokens=1000,
            output_tokens=engine_output_tokens(300, served.get("speculative_decoding", 1.0)),
            hardware=hw,
            devices=1,
            precision="bf16",
            layers=32,
            stack=e.stack,  # the estimate's serving stack (vllm-2025 by default)
        )
    )
    assert e.latency_s == pytest.approx(out.latency_s + served.get("network_queue_s", 0.0), rel=1e-12)
