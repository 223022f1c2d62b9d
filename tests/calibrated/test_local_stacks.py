"""Local runtimes (issue 10): llama.cpp and transformers fitted on public speed measurements (time only).

Formulas against values computed by hand from the coefficient files, monotonicity at batch 1 on a consumer GPU,
provenance, the data file's sources, and the fit command reproducing the shipped coefficients and held-out figures.
"""

from __future__ import annotations

import csv
import json
import math
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from rice_core.catalog.hardware import lookup_hardware
from rice_core.catalog.specs import HardwareSpec
from rice_core.engines import calibrated
from rice_core.estimator import estimate
from rice_core.fit import local_stacks
from rice_core.fit.local_speeds import extra_hardware, held_out, load_speeds
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.stacks import stack_coefficients, stack_document
from rice_core.precision import canonical_precision

from .conftest import H100, engine_input

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "local_runtimes" / "speeds.csv"
RTX = HardwareSpec(  # the RTX 4090's datasheet figures written out (NVIDIA Ada whitepaper)
    id="rtx-4090",
    name="RTX 4090",
    vendor="nvidia",
    memory_gb=24.0,
    tdp_w=450.0,
    fp16_tflops=165.2,
    mem_bw_gbps=1008.0,
    sources=("datasheet",),
)
LOCAL = {"llama.cpp": "llama-cpp.json", "hf-transformers": "hf-transformers.json"}


def _doc(stack: str) -> dict:
    text = resources.files("rice_core.data.coefficients").joinpath(LOCAL[stack]).read_text(encoding="utf-8")
    return json.loads(text)


def _hand(stack: str, hw: HardwareSpec, bytes_per_param: float, quantised: bool) -> tuple[float, float, float]:
    """(prefill s, decode s, GPU J) of an 8B dense model, 32 layers, 300 + 101 tokens, batch 1, one device."""
    k = _doc(stack)["coefficients"]
    overlapped = _doc(stack)["physics"]["launch_overlapped"]
    layers, prompt, output = 32.0, 300.0, 101.0
    weights = 8e9 * bytes_per_param
    read_factor = 1.0 / k.get("quant_weight_read_share", 1.0) if quantised else 1.0
    bandwidth = min(hw.mem_bw_gbps * 1e9 * k["mem_bw_efficiency"], k.get("mem_bw_ceiling_gbps", math.inf) * 1e9)
    prefill_flop_s = min(hw.fp16_tflops * 1e12 * k["mfu_prefill"], k.get("prefill_tflops_ceiling", math.inf) * 1e12)
    context = prompt + output / 2
    kv = context * 2 * layers * 1024 * 2  # default shape: 8 KV heads x 128, K and V, 2 bytes
    hidden = math.sqrt(8e9 / (12 * layers))
    step_flops = 2 * 8e9 + 4 * layers * hidden * context
    gpu = max((weights * read_factor + kv) / bandwidth, step_flops / (hw.fp16_tflops * 1e12 * k["mfu_decode"]))
    # eager transformers: a quantised layer launches more kernels (int8 told from int4 by its byte per weight)
    factor = k.get("int8_launch_factor" if bytes_per_param >= 1.0 else "int4_launch_factor", 1.0) if quantised else 1.0
    launch = layers * k["launch_s_per_layer"] * factor
    step = (max(gpu, launch) if overlapped else gpu + launch) + k["seq_overhead_s"]
    prefill_flops = 2 * 8e9 * prompt + 2 * layers * hidden * prompt**2
    prefill = max(prefill_flops / prefill_flop_s + weights * read_factor / bandwidth, launch)
    steps = output - 1
    share = prefill + steps * step
    power = (
        k["static_power_frac"] * share
        + k["memory_power_frac"] * (weights + steps * (weights + kv)) / (hw.mem_bw_gbps * 1e9)
        + k["compute_power_frac"] * (prefill_flops + steps * step_flops) / (hw.fp16_tflops * 1e12)
    )
    return prefill, steps * step, hw.tdp_w * min(power, share)


CASES = [
    ("llama.cpp", RTX, "int4", 0.5625, True),  # Ollama's default: quantised share, consumer bandwidth
    ("llama.cpp", RTX, "fp16", 2.0, False),
    ("llama.cpp", H100, "fp16", 2.0, False),  # HBM above llama.cpp's bandwidth ceiling: the ceiling binds
    ("hf-transformers", RTX, "bf16", 2.0, False),  # eager: the launch floor binds
    ("hf-transformers", H100, "bf16", 2.0, False),
    ("hf-transformers", H100, "int4", 0.5625, True),  # bitsandbytes NF4: the int4 launch factor
    ("hf-transformers", RTX, "int8", 1.0, True),  # LLM.int8: the int8 launch factor
]


@pytest.mark.parametrize(("stack", "hw", "precision", "bpp", "quantised"), CASES)
def test_local_stack_formulas_by_hand(
    stack: str, hw: HardwareSpec, precision: str, bpp: float, quantised: bool
) -> None:
    prefill, decode, energy_j = _hand(stack, hw, bpp, quantised)
    out = calibrated.run(
        engine_input(
            params_b=8.0,
            active_params_b=8.0,
            prompt_tokens=300,
            output_tokens=101,
            hardware=hw,
            devices=1,
            precision=precision,
            layers=32,
            stack=stack,
        )
    )
    assert out.prefill_s == pytest.approx(prefill, rel=1e-9)
    assert out.decode_s == pytest.approx(decode, rel=1e-9)
    assert out.gpu_energy_wh * 3600 == pytest.approx(energy_j, rel=1e-9)


def test_ceilings_bind_where_the_data_put_them() -> None:
    c = stack_coefficients("llama.cpp")
    assert RTX.mem_bw_gbps * c.mem_bw_efficiency < c.mem_bw_ceiling_gbps < H100.mem_bw_gbps * c.mem_bw_efficiency
    assert c.prefill_tflops_ceiling < H100.fp16_tflops * c.mfu_prefill
    for other in ("vllm-2025", "vllm-2024", "megatron-2022", "hf-transformers"):
        o = stack_coefficients(other)
        assert o.mem_bw_ceiling_gbps == o.prefill_tflops_ceiling == math.inf and o.quant_weight_read_share == 1.0


def test_transformers_eager_is_launch_bound_and_slower_than_llama_cpp() -> None:
    _, eager, _ = _hand("hf-transformers", RTX, 2.0, False)
    _, graphs, _ = _hand("llama.cpp", RTX, 2.0, False)
    k = _doc("hf-transformers")["coefficients"]
    assert eager == pytest.approx(100 * (32 * k["launch_s_per_layer"] + k["seq_overhead_s"]), rel=1e-9)
    # measured on one RTX 4090 desktop: transformers BF16 21.1 ms per token (bitsandbytes' table), llama.cpp F16
    # 18.2 ms (llama-bench tg512); the shared floor is a typical host's, slower than that desktop's
    assert graphs < eager < 2.0 * graphs


@pytest.mark.parametrize(("stack", "precision"), [("llama.cpp", "int4"), ("llama.cpp", "fp16"), ("ollama", "int8")])
def test_local_runtimes_never_cheaper_for_more_tokens_or_a_bigger_model(stack: str, precision: str) -> None:
    def cost(params_b: float, prompt: int, output: int) -> tuple[float, float]:
        e = estimate(
            params_b=params_b,
            prompt_tokens=prompt,
            output_tokens=output,
            stack=stack,
            hardware="rtx-4090",
            batch_size=1,
            precision=precision,
        )
        return e.energy_wh, e.latency_s  # type: ignore[union-attr]

    for series in (
        [cost(8.0, 500, o) for o in (1, 10, 100, 1000, 4000)],
        [cost(8.0, p, 200) for p in (1, 100, 1000, 8000)],
    ):
        for (e1, t1), (e2, t2) in zip(series, series[1:]):
            assert e2 >= e1 and t2 >= t1, series
    # a bigger model never costs less energy (its time may drop where it no longer fits one GPU: two share it)
    sizes = [cost(p, 500, 200)[0] for p in (0.5, 1.0, 3.0, 8.0, 14.0, 32.0, 70.0)]
    assert all(b >= a for a, b in zip(sizes, sizes[1:])), sizes


def test_local_coefficient_files_record_data_fit_and_held_out_time() -> None:
    for stack in LOCAL:
        doc = _doc(stack)
        assert doc["command"] == local_stacks.COMMAND and doc["base_stack"] in ("vllm-2025", "megatron-2022")
        assert "benchmarks/local_runtimes/speeds.csv" in doc["data"]["local-speeds"]
        assert set(doc["fitted_coefficients"]) <= set(doc["coefficients"])
        assert all(len(meaning) > 30 for meaning in doc["fitted_coefficients"].values())
        assert doc["notes"]["not_known"] and doc["residuals"]["leave_one_gpu_out"]["how"]
    assert _doc("llama.cpp")["residuals"]["time"]["mape"] < 0.12  # decode, each GPU held out
    # eager transformers is host-bound: the measured machines' floors span x0.43 (desktop) to x1.7 (2023 cloud) of
    # the shared one, so a GPU held out carries its host's spread; a model held out does not
    hf = _doc("hf-transformers")["residuals"]
    assert hf["time"]["mape"] < 0.75 and hf["leave_one_model_out"]["per_output_token"]["mape"] < 0.50


def test_transformers_quantised_layers_launch_more_kernels_and_hosts_bracket_the_shared_floor() -> None:
    doc = _doc("hf-transformers")
    k = doc["coefficients"]
    assert 1.0 < k["int4_launch_factor"] < k["int8_launch_factor"]  # NF4: dequantise; LLM.int8: also outliers
    hosts = [v for name, v in doc["residuals"]["host_floor_by_machine"].items() if name != "how"]
    assert len(hosts) >= 5 and min(hosts) < 1.0 < max(hosts)
    shape = {"params_b": 8.0, "active_params_b": 8.0, "prompt_tokens": 64, "output_tokens": 65, "hardware": H100}
    times = {
        p: calibrated.run(engine_input(**shape, precision=p, layers=32, stack="hf-transformers"))
        for p in ("bf16", "int4", "int8")
    }
    assert times["bf16"].decode_s < times["int4"].decode_s < times["int8"].decode_s  # as bitsandbytes measured


def test_every_data_row_is_sourced_and_priced_on_catalog_hardware() -> None:
    with DATA.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 60 and {r["stack"] for r in rows} == set(LOCAL) | {"gpt-fast-compiled"}
    extra = extra_hardware(DATA.parent / "hardware.csv")  # consumer GPUs outside the catalog, sourced
    assert extra and all(h.sources[0].startswith("NVIDIA") for h in extra.values())
    for r in rows:
        assert r["gpu"] in extra or isinstance(lookup_hardware(r["gpu"]), HardwareSpec), r["gpu"]
        assert canonical_precision(r["precision"]) == r["precision"]
        assert r["source"] and r["note"] and float(r["value"]) > 0
        if r["use"] == "0":  # left out with the reason
            assert any(why in r["note"] for why in ("anomalous", "left out of the fit", "not fitted")), r["note"]


def test_fit_command_reproduces_the_shipped_files(tmp_path: Path) -> None:
    assert local_stacks.main(["--data", str(DATA), "--output-dir", str(tmp_path)]) == 0
    for stack, name in LOCAL.items():
        refit = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        shipped = _doc(stack)
        for key in shipped["fitted_coefficients"]:
            assert refit["coefficients"][key] == pytest.approx(shipped["coefficients"][key], rel=1e-3), key
        assert refit["residuals"]["time"] == pytest.approx(shipped["residuals"]["time"], abs=2e-3)
        for regime, band in shipped["error_band"].items():
            if "log_low" in band:
                assert (refit["error_band"][regime]["log_low"], refit["error_band"][regime]["log_high"]) == (
                    pytest.approx(band["log_low"], abs=2e-3),
                    pytest.approx(band["log_high"], abs=2e-3),
                ), (stack, regime)
        for k in ("inherited", "own"):
            if k in shipped["residuals"]["batch1_band"]:
                refit_cov = refit["residuals"]["batch1_band"][k]["coverage"]
                assert refit_cov == pytest.approx(shipped["residuals"]["batch1_band"][k]["coverage"], abs=0.04)


def test_ollama_default_matches_the_measured_speed_on_its_default_gpu() -> None:
    """Ollama's llama3.1:8b (Q4_K_M → int4) on the default RTX 4090: llama-bench measured 130.6 tokens/s over 512
    generated tokens and 119.4 over 4,096 (Llama 3 8B Q4_K_M; benchmarks/local_runtimes/speeds.csv)."""
    e = estimate("ollama/llama3.1:8b", prompt_tokens=1, output_tokens=512)
    assert e.stack == "llama.cpp" and e.precision == "int4"  # type: ignore[union-attr]
    assert 130.58 / 1.1 < e.output_tokens_per_s < 130.58 * 1.1  # type: ignore[union-attr]


def test_llama_cpp_without_a_known_quantisation_is_priced_as_ollamas_default_build() -> None:
    def precision(**kw: object) -> tuple[str, str]:
        e = estimate(prompt_tokens=100, output_tokens=50, **kw)  # type: ignore[arg-type]
        note = next(a for a in e.assumptions if a.name == "precision")  # type: ignore[union-attr]
        return note.value, note.source

    assert precision(params_b=8.0, stack="ollama") == ("int4", "stack")
    assert precision(params_b=8.0, stack="llama.cpp", precision="q8_0") == ("int8", "argument")
    assert precision(params_b=8.0, stack="vllm-2025") == ("bf16", "default")
    assert precision(model="gpt-oss-20b", stack="llama.cpp") == ("mxfp4", "catalog")  # released smaller: kept


def test_transformers_batch1_band_is_its_own_time_error_on_unseen_machines_plus_the_base_power_band() -> None:
    """Recomputed from the data: each measuring machine's rows predicted by a fit without that machine (the base
    stack's other terms as the file records them); the band's time part is their 7.5/92.5 % quantiles, added to the
    base's batched band, and it holds ≥ 80 % of them where the inherited batch-1 band (HELM latency) held fewer."""
    doc = _doc("hf-transformers")
    base = Coefficients.from_dict(doc)  # the fit refits only the stack's own terms; the others are the base's
    s = load_speeds(DATA, "hf-transformers")
    resid = np.log(s.measured_s / held_out(s, base, "hf-transformers", s.rig))
    band, batched = doc["error_band"]["batch1"], doc["error_band"]["batched"]
    low, high = np.quantile(resid, [0.075, 0.925])
    assert band["log_low"] == pytest.approx(batched["log_low"] + low, abs=2e-3)
    assert band["log_high"] == pytest.approx(batched["log_high"] + high, abs=2e-3)
    assert "own" in band["how"] and "machine held out" in band["how"] and band["quantiles"] == [0.075, 0.925]
    figures = doc["residuals"]["batch1_band"]
    assert figures["rows"] == len(resid) and figures["machines"] == len(np.unique(s.rig)) >= 5
    covered = float(np.mean((resid >= band["log_low"]) & (resid <= band["log_high"])))
    assert covered == pytest.approx(figures["own"]["coverage"], abs=1e-3) and covered >= 0.80
    t_low, t_high = band["log_low"] - batched["log_low"], band["log_high"] - batched["log_high"]
    assert float(np.mean((resid >= t_low) & (resid <= t_high))) >= 0.80  # the time part alone, in sample
    assert figures["own"]["nested"]["coverage"] >= 0.80 and figures["own"]["width"] == pytest.approx(
        math.exp(band["log_high"] - band["log_low"]), rel=1e-3
    )
    old = figures["inherited"]  # megatron-2022's batch-1 band, HELM latency: the host spread falls outside
    inherited = float(np.mean((resid >= old["log_low"]) & (resid <= old["log_high"])))
    assert inherited == pytest.approx(old["coverage"], abs=1e-3) and inherited < 0.70


def test_a_transformers_range_holds_the_fast_desktop_host_the_estimate_cannot_see() -> None:
    """Qwen2.5-14B NF4 on the desktop RTX 4090 of bitsandbytes' table: 46.74 tokens/s measured (64 + 64 tokens),
    about 2.5x faster than a typical host's floor prices it; the estimate's range spans that host."""
    out = calibrated.run(
        engine_input(
            params_b=14.77,
            active_params_b=14.77,
            prompt_tokens=64,
            output_tokens=65,
            hardware=lookup_hardware("rtx-4090"),
            devices=1,
            precision="int4",
            layers=48,
            stack="hf-transformers",
        )
    )
    measured_over_estimated = (1.0 / 46.74) / (out.decode_s / 64)
    assert measured_over_estimated < 0.5  # the host the estimate does not see
    low, high = (r / out.gpu_energy_wh for r in (out.gpu_energy_range_wh.low, out.gpu_energy_range_wh.high))
    assert low < measured_over_estimated < 1.0 < high
    band = _doc("hf-transformers")["error_band"]["batch1"]
    assert (low, high) == (pytest.approx(math.exp(band["log_low"])), pytest.approx(math.exp(band["log_high"])))


def test_other_stacks_keep_their_bands() -> None:
    """llama.cpp keeps vllm-2025's bands (it holds every held-out time row, recorded); no other file is written."""
    assert _doc("llama.cpp")["error_band"] == stack_document("vllm-2025")["error_band"]
    figures = _doc("llama.cpp")["residuals"]["batch1_band"]
    assert "own" not in figures and figures["inherited"]["coverage"] >= 0.95
    assert set(local_stacks.FILES.values()) == set(LOCAL.values())
    for stack in ("megatron-2022", "vllm-2024", "vllm-2025"):
        assert "machine" not in stack_document(stack)["error_band"]["batch1"]["how"]
