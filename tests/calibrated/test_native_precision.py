"""Native serving precision from the catalog: fp8/mxfp4 checkpoints need fewer devices than bf16 would.

Hand-checked device counts (``physics/memory.py``): need = total params × bytes/param × 1.05 + KV cache, the KV cache
being context × 2 × layers × 1024 × 2 bytes with layers = 17.5 × active^0.33; devices = the smallest power of two with
devices × memory × 0.9 >= need. All requests below: batch 1, 1,000 prompt + 300 output tokens (context 1,300).
"""

from __future__ import annotations

import pytest

from rice_core.estimator import estimate, estimate_many
from rice_core.result import Estimate

TOKENS = {"prompt_tokens": 1000, "output_tokens": 300}


def _one(model: str, **kw: object) -> Estimate:
    e = estimate(model, **TOKENS, batch_size=kw.pop("batch_size", 1), **kw)  # type: ignore[arg-type]
    assert isinstance(e, Estimate)
    return e


def _precision_note(e: Estimate) -> tuple[object, str, str]:
    note = next(a for a in e.assumptions if a.name == "precision")
    return note.value, note.source, note.detail


def test_gpt_oss_120b_mxfp4_fits_one_h100() -> None:
    # mxfp4: 116.8 B × 0.53125 B/param × 1.05 = 65.15 GB; KV: active 5.1 B → 29.96 layers → 122.7 kB/token
    # × 1,300 = 0.16 GB; 65.31 GB <= 1 × 80 × 0.9 = 72 GB → 1 device
    e = _one("gpt-oss-120b", hardware="h100-sxm")
    assert (e.precision, e.devices) == ("mxfp4", 1)
    value, source, detail = _precision_note(e)
    assert (value, source) == ("mxfp4", "catalog") and "model card (arXiv:2508.10925)" in detail


def test_gpt_oss_120b_bf16_override_needs_four_h100() -> None:
    # bf16: 116.8 × 2 × 1.05 = 245.28 GB + 0.16 GB > 2 × 72 = 144 GB, <= 4 × 72 = 288 GB → 4 devices
    e = _one("gpt-oss-120b", hardware="h100-sxm", precision="bfloat16")
    assert (e.precision, e.devices) == ("bf16", 4)
    assert _precision_note(e)[:2] == ("bf16", "argument")


def test_deepseek_v3_fp8_devices() -> None:
    # fp8: 671 × 1.0 × 1.05 = 704.55 GB; KV: active 37 B → 57.6 layers → 236 kB/token × 1,300 = 0.31 GB → 704.86 GB.
    # H100: 8 × 72 = 576 GB is short → 16 (1,152 GB). H200: 8 × 141 × 0.9 = 1,015.2 GB → 8.
    h100 = _one("deepseek-v3", hardware="h100-sxm")
    h200 = _one("deepseek-v3", hardware="h200")
    assert (h100.precision, h100.devices, h200.devices) == ("fp8", 16, 8)


def test_deepseek_v3_bf16_override_doubles_devices() -> None:
    # bf16: 1,409.1 GB + 0.31 GB > 16 × 72 = 1,152 GB → 32 H100; <= 16 × 126.9 = 2,030.4 GB → 16 H200
    assert _one("deepseek-v3", hardware="h100-sxm", precision="bf16").devices == 32
    assert _one("deepseek-v3", hardware="h200", precision="bf16").devices == 16


def test_native_precision_cuts_energy_of_the_same_request() -> None:
    native = _one("gpt-oss-120b", hardware="h100-sxm")
    bf16 = _one("gpt-oss-120b", hardware="h100-sxm", precision="bf16")
    assert native.energy_wh < bf16.energy_wh


@pytest.mark.parametrize(
    ("model", "precision"),
    [("deepseek-r1", "fp8"), ("deepseek-v3.1", "fp8"), ("llama-4-maverick", "fp8"), ("gpt-oss-20b", "mxfp4")],
)
def test_catalog_precision_reaches_the_estimate(model: str, precision: str) -> None:
    assert _precision_note(_one(model))[:2] == (precision, "catalog")


def test_models_without_native_precision_stay_bf16_default() -> None:
    for model in ("gpt-4o", "llama-3.1-70b", "llama-4-scout"):
        assert _precision_note(_one(model))[:2] == ("bf16", "default")


def test_rice_paper_keeps_fp16_whatever_the_catalog_says() -> None:
    e = _one("gpt-oss-120b", power_model="rice-paper")
    assert e.precision == "fp16"


def test_estimate_many_uses_the_catalog_precision_too() -> None:
    rows = [
        {"model": "gpt-oss-120b", "hardware": "h100-sxm", "batch_size": 1, **TOKENS},
        {"model": "gpt-oss-120b", "hardware": "h100-sxm", "batch_size": 1, "precision": "bf16", **TOKENS},
    ]
    native, bf16 = estimate_many(rows)
    assert isinstance(native, Estimate) and isinstance(bf16, Estimate)
    assert (native.precision, native.devices, bf16.devices) == ("mxfp4", 1, 4)
    assert native == _one("gpt-oss-120b", hardware="h100-sxm")
