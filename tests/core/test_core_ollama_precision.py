"""Weight precision: argument > the name's quantisation tag > provider profile (ollama: int4) > catalog > bf16.

Hand-checked device counts (``physics/memory.py``): need = params × bytes/param × 1.05 + KV cache, the KV cache being
context × 2 × layers × 1024 × 2 bytes with layers = 17.5 × params^0.33; devices = the smallest power of two with
devices × memory × 0.9 >= need. The ollama profile runs on an RTX 4090: 24 GB × 0.9 = 21.6 GB usable per device.
Requests: batch 1 (ollama's profile), 1,000 prompt + 300 output tokens (context 1,300) unless stated.
"""

from __future__ import annotations

import json

import pytest

from rice_core.cli import main
from rice_core.estimator import estimate, estimate_many
from rice_core.result import Estimate

TOKENS = {"prompt_tokens": 1000, "output_tokens": 300}


def _one(model: str, **kw: object) -> Estimate:
    e = estimate(model, **{**TOKENS, **kw})  # type: ignore[arg-type]
    assert isinstance(e, Estimate), e
    return e


def _note(e: Estimate) -> tuple[object, str, str]:
    note = next(a for a in e.assumptions if a.name == "precision")
    return note.value, note.source, note.detail


def test_ollama_default_tag_is_int4_on_one_4090_and_cheaper_than_bf16() -> None:
    # int4: 8.03 × 0.5625 × 1.05 = 4.74 GB; KV: 34.8 layers → 142.5 kB/token × 1,300 = 0.19 GB → 4.93 GB → 1 device.
    # bf16 (what was priced before): 8.03 × 2 × 1.05 = 16.86 + 0.19 = 17.05 GB <= 21.6 → also 1 device.
    e = _one("llama3.1:8b")
    bf16 = _one("llama3.1:8b", precision="bf16")
    assert (e.hardware, e.precision, e.devices, e.batch_size) == ("rtx-4090", "int4", 1, 1.0)
    assert bf16.devices == 1 and e.energy_wh < bf16.energy_wh
    # decode reads 3.6× fewer weight bytes, but static power and per-step overheads do not shrink: 0.28 < ratio < 1
    assert 2.0 / 0.5625 * e.energy_wh > bf16.energy_wh
    value, source, detail = _note(e)
    assert (value, source) == ("int4", "provider") and detail.startswith(
        "ollama's default builds (Ollama model library"
    )


def test_fp16_tag_beats_the_profile_default() -> None:
    e = _one("llama3.1:8b-instruct-fp16")
    assert (e.precision, e.devices) == ("fp16", 1)
    assert _note(e) == ("fp16", "model-name", "quantisation tag 'fp16' in 'llama3.1:8b-instruct-fp16'")
    assert e.energy_wh == _one("llama3.1:8b", precision="fp16").energy_wh


@pytest.mark.parametrize(
    ("model", "precision", "bits"),
    [
        ("llama3.1:8b-instruct-q8_0", "int8", "8.5"),
        ("llama3.1:8b-instruct-q4_K_M", "int4", "4.5"),
        ("qwen2.5:7b-instruct-q5_K_M", "int4", "5.5"),
        ("llama3.1:8b-instruct-q6_K", "int8", "6.5625"),
    ],
)
def test_gguf_tags_map_to_the_nearest_supported_precision(model: str, precision: str, bits: str) -> None:
    value, source, detail = _note(_one(model))
    assert (value, source) == (precision, "model-name")
    assert f"GGUF {bits} bits/weight: nearest supported {precision}" in detail


def test_energy_falls_with_the_tag_precision() -> None:
    fp16, q8, q4 = (_one(f"llama3.1:8b-instruct-{tag}").energy_wh for tag in ("fp16", "q8_0", "q4_K_M"))
    assert fp16 > q8 > q4


def test_ollama_70b_int4_needs_two_4090s_and_four_for_a_long_context() -> None:
    # int4: 70.55 × 0.5625 × 1.05 = 41.67 GB; KV: 71.3 layers → 292.0 kB/token × 1,300 = 0.38 GB → 42.05 GB:
    # 1 × 21.6 is short, 2 × 21.6 = 43.2 GB holds it. Context 6,300: KV 1.84 GB → 43.51 GB > 43.2 → 4 devices.
    # bf16 was 148.2 + 0.4 = 148.5 GB → 8 devices.
    e = _one("ollama/llama3.1:70b")
    assert (e.precision, e.devices) == ("int4", 2)
    assert _one("ollama/llama3.1:70b", prompt_tokens=6000).devices == 4
    assert _one("ollama/llama3.1:70b", precision="bf16").devices == 8


def test_explicit_precision_argument_wins_over_tag_and_profile() -> None:
    e = _one("llama3.1:8b-instruct-q4_K_M", precision="bfloat16")
    assert (e.precision, _note(e)[1]) == ("bf16", "argument")
    assert _note(_one("llama3.1:8b", precision="q8"))[:2] == ("int8", "argument")


def test_profile_precision_beats_a_larger_native_precision_but_not_a_smaller_one() -> None:
    # deepseek-r1 is released in fp8 (1 byte) but ollama's default build is 4-bit; gpt-oss ships MXFP4 (0.53 bytes)
    assert _note(_one("deepseek-r1:671b"))[:2] == ("int4", "provider")
    value, source, detail = _note(_one("gpt-oss:20b"))
    assert (value, source) == ("mxfp4", "catalog") and detail.endswith("kept under ollama's int4 default")
    assert _note(_one("deepseek-r1"))[:2] == ("fp8", "catalog")  # hosted: no profile precision


def test_tags_also_apply_on_hosted_routes_and_profiles_without_precision_keep_bf16() -> None:
    e = _one("hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4")
    assert (e.model, e.hardware, e.precision, _note(e)[1]) == (
        "hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4",
        "h100-sxm",
        "int4",
        "model-name",
    )
    assert _note(_one("meta-llama/Llama-3.1-8B-Instruct"))[:2] == ("bf16", "default")
    assert _note(_one("vllm/llama3.1"))[:2] == ("bf16", "default")


def test_rice_paper_stays_fp16() -> None:
    assert _one("llama3.1:8b-instruct-q4_K_M", power_model="rice-paper").precision == "fp16"


def test_estimate_many_matches_estimate() -> None:
    rows = [{"model": m, **TOKENS} for m in ("llama3.1:8b", "llama3.1:8b-instruct-fp16", "gpt-oss:20b")]
    assert estimate_many(rows) == [_one(r["model"]) for r in rows]  # type: ignore[arg-type]


def test_cli_prices_the_ollama_default_as_int4(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "estimate",
                "--model",
                "llama3.1:8b",
                "--prompt-tokens",
                "1000",
                "--output-tokens",
                "300",
                "--format",
                "json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (out["precision"], out["devices"], out["hardware"]) == ("int4", 1, "rtx-4090")
    assert out["energy_wh"] == pytest.approx(_one("llama3.1:8b").energy_wh)
