"""Serving stacks (issue 10): each stack's formulas against values computed by hand from its coefficient file,
monotonicity, provenance of every coefficient file, and the stack as an input of ``estimate``, rice.yaml and CLI."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from importlib import resources

import pytest

from rice_core.cli import main
from rice_core.cli.estimate_view import figure_rows, per_token_row
from rice_core.config.load import parse_config_text
from rice_core.engines import calibrated
from rice_core.errors import ConfigError, InputError
from rice_core.estimator import estimate
from rice_core.physics.stacks import STACK_FILES, STACKS, canonical_stack

from .conftest import H100, engine_input


def _document(stack: str) -> dict:
    text = resources.files("rice_core.data.coefficients").joinpath(STACK_FILES[stack]).read_text(encoding="utf-8")
    return json.loads(text)


def _hand(stack: str) -> tuple[float, float, float]:
    """(decode step s, decode s, GPU energy J) of an 8B dense bf16 request on one H100 at batch 4, by hand."""
    doc = _document(stack)
    k = doc["coefficients"]
    overlapped = doc.get("physics", {}).get("launch_overlapped", True)
    layers, batch, prompt, output = 32.0, 4.0, 100.0, 101.0
    weights = 8e9 * 2.0
    kv_per_token = 2 * layers * 1024 * 2
    context = prompt + output / 2
    step_bytes = weights + batch * context * kv_per_token
    hidden = math.sqrt(8e9 / (12 * layers))
    step_flops = batch * (2 * 8e9 + 4 * layers * hidden * context)
    # the stack's ceilings (llama.cpp: what its kernels reach whatever the datasheet), unbounded elsewhere
    bandwidth = min(3350e9 * k["mem_bw_efficiency"], k.get("mem_bw_ceiling_gbps", math.inf) * 1e9)
    prefill_flops_s = min(989e12 * k["mfu_prefill"], k.get("prefill_tflops_ceiling", math.inf) * 1e12)
    memory_s = step_bytes / bandwidth
    compute_s = step_flops / (989e12 * k["mfu_decode"])
    launch = layers * k["launch_s_per_layer"]
    device = max(memory_s, compute_s)
    step = (max(device, launch) if overlapped else device + launch) + k[
        "seq_overhead_s"
    ] * batch  # 1 device: no all-reduce
    steps = output - 1
    # prefill: its FLOPs at mfu_prefill plus one read of the weights, at least the launch floor
    prefill_flops = 2 * 8e9 * prompt + 2 * layers * hidden * prompt**2
    prefill_own = prefill_flops / prefill_flops_s
    prefill_wall = max(prefill_own + weights / bandwidth, launch)
    share = prefill_own + (prefill_wall - prefill_own) / batch + steps * step / batch
    share_bytes = weights / batch + steps * step_bytes / batch
    share_flops = prefill_flops + steps * step_flops / batch
    power_j = (
        k["static_power_frac"] * share
        + k["memory_power_frac"] * share_bytes / 3350e9
        + k["compute_power_frac"] * share_flops / 989e12
    )
    return step, steps * step, 700.0 * min(power_j, share)


@pytest.mark.parametrize("stack", STACKS)
def test_each_stack_matches_its_formulas_by_hand(stack: str) -> None:
    step, decode_s, energy_j = _hand(stack)
    out = calibrated.run(
        engine_input(
            params_b=8.0,
            active_params_b=8.0,
            prompt_tokens=100,
            output_tokens=101,
            hardware=H100,
            devices=1,
            batch_size=4.0,
            precision="bf16",
            layers=32,
            stack=stack,
        )
    )
    assert out.decode_s == pytest.approx(decode_s, rel=1e-9)
    assert out.gpu_energy_wh * 3600 == pytest.approx(energy_j, rel=1e-9)
    assert 0.0005 < step < 0.2  # a plausible decode step: 0.5 ms to 200 ms


def test_cuda_graph_stack_decodes_small_models_faster_than_eager_ones() -> None:
    assert _hand("vllm-2025")[0] < _hand("vllm-2024")[0] / 1.5
    assert _document("vllm-2025")["physics"]["launch_overlapped"] is False


@pytest.mark.parametrize("stack", STACKS)
def test_more_tokens_or_a_bigger_model_never_costs_less_energy(stack: str) -> None:
    def energy(params_b: float, prompt: int, output: int) -> float:
        e = estimate(params_b=params_b, prompt_tokens=prompt, output_tokens=output, stack=stack, batch_size=16)
        assert not isinstance(e, type(None))
        return e.energy_wh  # type: ignore[union-attr]

    outputs = [energy(8.0, 500, o) for o in (1, 10, 100, 1000, 4000)]
    prompts = [energy(8.0, p, 200) for p in (1, 100, 1000, 8000)]
    sizes = [energy(p, 500, 200) for p in (0.5, 3.0, 8.0, 34.0, 70.0, 180.0, 405.0)]
    for series in (outputs, prompts, sizes):
        assert all(b >= a for a, b in zip(series, series[1:])), series


@pytest.mark.parametrize("name", sorted(set(STACK_FILES.values())))
def test_every_coefficient_file_has_provenance(name: str) -> None:
    doc = json.loads(resources.files("rice_core.data.coefficients").joinpath(name).read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["fitted"])
    assert doc["command"].startswith("python -m rice_core.fit.")
    assert doc["data"] and all(re.search(r"@ [0-9a-f]{7,40}", text) for text in doc["data"].values())
    by_hardware = doc["error_band"].get("batched_by_hardware", {})
    regimes = ("batched_by_hardware", "unshaped")
    bands = [b for k, b in doc["error_band"].items() if k not in regimes] + list(by_hardware.values())
    if "unshaped" in doc["error_band"]:  # models known only by their sizes: the same regimes, their own residuals
        unshaped = doc["error_band"]["unshaped"]
        assert unshaped["how"] and unshaped["nested"]["how"]
        bands += [unshaped["batched"], unshaped["batch1"], *unshaped.get("batched_by_hardware", {}).values()]
    for band in bands:
        assert band["log_low"] <= 0.0 <= band["log_high"] and band["how"]
    assert doc["residuals"]["how"]
    figures = [v for v in doc["residuals"].values() if isinstance(v, dict) and "mape" in v]
    assert figures and all(0.0 < f["mape"] < 1.0 and abs(f["bias"]) < 1.0 for f in figures)
    if "derived_from" in doc:
        assert doc["derived_from"] in STACKS and doc["notes"]["derivation"]


def test_every_stack_file_is_shipped_and_every_shipped_file_is_a_stack() -> None:
    shipped = {p.name for p in resources.files("rice_core.data.coefficients").iterdir() if p.name.endswith(".json")}
    assert shipped == set(STACK_FILES.values())


def _stack_note(e: object) -> tuple[str, str]:
    note = next(a for a in e.assumptions if a.name == "stack")  # type: ignore[attr-defined]
    return note.value, note.source


def test_stack_comes_from_argument_provider_or_the_hosted_default() -> None:
    assert _stack_note(estimate("gpt-4o-mini", prompt_tokens=100, output_tokens=50)) == ("vllm-2025", "provider")
    assert _stack_note(estimate("llama3.1:8b", prompt_tokens=100, output_tokens=50)) == ("llama.cpp", "provider")
    given = estimate(params_b=7, prompt_tokens=100, output_tokens=50, stack="ollama")
    assert _stack_note(given) == ("llama.cpp", "argument") and given.stack == "llama.cpp"  # type: ignore[union-attr]
    paper = estimate(params_b=7, prompt_tokens=100, output_tokens=50, power_model="rice-paper")
    assert paper.stack == "megatron-2022"  # type: ignore[union-attr]
    with pytest.raises(InputError, match="unknown serving stack 'tgi-2019'; accepted: megatron-2022"):
        estimate(params_b=7, prompt_tokens=100, output_tokens=50, stack="tgi-2019")
    assert canonical_stack(" Transformers ") == "hf-transformers"


def test_per_token_figures_follow_from_the_estimate() -> None:
    e = estimate(params_b=8, prompt_tokens=300, output_tokens=201, stack="vllm-2024", batch_size=8, pue=1.2)
    assert e.energy_per_output_token_j == pytest.approx(e.energy_wh * 3600 / 201)  # type: ignore[union-attr]
    assert e.gpu_energy_per_output_token_j == pytest.approx(e.gpu_energy_wh * 3600 / 201)  # type: ignore[union-attr]
    assert e.output_tokens_per_s == pytest.approx(200 / e.decode_s)  # type: ignore[union-attr]
    assert e.energy_per_output_token_j == pytest.approx(1.2 * e.gpu_energy_per_output_token_j)  # type: ignore[union-attr]


def test_rice_yaml_defaults_stack() -> None:
    config = parse_config_text("defaults:\n  stack: ollama\n", "rice.yaml")
    assert config.defaults.stack == "llama.cpp"
    with pytest.raises(ConfigError, match="unknown serving stack"):
        parse_config_text("defaults:\n  stack: vllm-1999\n", "rice.yaml")


def test_cli_stack_flag_and_per_token_row(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["estimate", "--params-b", "8", "--prompt-tokens", "100", "--output-tokens", "50", "--stack", "vllm-2024"]
    assert main([*args, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["stack"] == "vllm-2024" and printed["energy_per_output_token_j"] > 0
    e = estimate(params_b=8, prompt_tokens=100, output_tokens=50, stack="vllm-2024")
    assert per_token_row(e) in figure_rows(e)
    shown = dataclasses.replace(
        e, energy_per_output_token_j=0.388, gpu_energy_per_output_token_j=0.323, output_tokens_per_s=38.4
    )
    assert per_token_row(shown) == ("per output token", "0.388 J", "GPU 0.323 J; 38.4 tokens/s on vllm-2024")


def test_run_many_over_mixed_stacks_equals_run_one_by_one() -> None:
    inputs = [
        engine_input(params_b=8.0, active_params_b=8.0, batch_size=b, stack=s)
        for s in (*STACKS, None)
        for b in (1.0, 32.0)
    ]
    for one, many in zip(inputs, calibrated.run_many(inputs)):
        single = calibrated.run(one)
        got, want = many.gpu_energy_range_wh, single.gpu_energy_range_wh
        assert (many.decode_s, many.gpu_energy_wh, got.low, got.high) == pytest.approx(
            (single.decode_s, single.gpu_energy_wh, want.low, want.high), rel=1e-12
        )


def test_estimate_many_takes_a_stack_column() -> None:
    from rice_core.estimator import estimate_many

    out = estimate_many({"params_b": 8.0, "prompt_tokens": 100, "output_tokens": 50, "stack": ["vllm-2024", "ollama"]})
    assert [e.stack for e in out] == ["vllm-2024", "llama.cpp"]  # type: ignore[union-attr]
    assert out[0] == estimate(params_b=8.0, prompt_tokens=100, output_tokens=50, stack="vllm-2024")


def test_kv_shape_scales_the_kv_bytes_by_hand() -> None:
    from rice_core.physics.timing import step_bytes
    from rice_core.physics.workload import Workload

    def bytes_at(kv_scale: float) -> float:
        w = Workload(
            params_b=8.0,
            active_params_b=8.0,
            prompt_tokens=100.0,
            output_tokens=101.0,
            devices=1.0,
            batch_size=4.0,
            bytes_per_param=2.0,
            mem_bw_gbps=3350.0,
            peak_tflops=989.0,
            tdp_w=700.0,
            layers=32.0,
            kv_scale=kv_scale,
        )
        return float(step_bytes(w))

    kv_full = 4 * (100 + 50.5) * (2 * 32 * 1024 * 2)
    assert bytes_at(1.0) == pytest.approx(16e9 + kv_full, rel=1e-12)
    assert bytes_at(0.28125) == pytest.approx(16e9 + 0.28125 * kv_full, rel=1e-12)


def test_attention_catalog_entries_are_sourced_and_reach_the_estimate() -> None:
    from rice_core.catalog.attention import kv_scales

    scales = kv_scales()
    assert scales["deepseek-r1"][0] == 576 / 2048 and scales["gpt-oss-20b"][0] == 0.25
    assert all(source.startswith("Hugging Face ") and "config.json" in source for _, source in scales.values())
    e = estimate("deepseek-r1", prompt_tokens=1000, output_tokens=2000)
    note = next(a for a in e.assumptions if a.name == "kv_cache_scale")  # type: ignore[union-attr]
    assert (note.value, note.source) == (0.28125, "catalog")
    shape = {"params_b": 671.0, "active_params_b": 37.0, "prompt_tokens": 1000, "output_tokens": 2000}
    run = {**shape, "hardware": H100, "devices": 16, "batch_size": 64.0, "precision": "fp8", "stack": "vllm-2025"}
    latent, default = (calibrated.run(engine_input(**run, kv_scale=k)) for k in (0.28125, 1.0))
    assert latent.decode_s < default.decode_s and latent.gpu_energy_wh < default.gpu_energy_wh
