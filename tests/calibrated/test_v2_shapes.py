"""The ML.ENERGY v2 rows the 2024 stack is fitted and validated on carry each model's catalog shape, as the estimate
of that model does: coefficients fitted on default shapes would mis-price the models the catalog describes."""

from __future__ import annotations

import numpy as np

from rice_core.estimator.api import estimate
from rice_core.fit.datasets import mlenergy


def _estimate_shape(model: str) -> tuple[float, str] | None:
    """(KV factor, windowed-layer text) the estimate of ``model`` assumes; None where the catalog does not size it."""
    result = estimate(model=model, prompt_tokens=250, output_tokens=100)
    assumed = {a.name: a for a in getattr(result, "assumptions", ())}
    if "params_b" not in assumed or assumed["params_b"].source != "catalog":
        return None
    kv = float(assumed["kv_cache_scale"].value) if "kv_cache_scale" in assumed else 1.0
    return kv, str(assumed["model_shape"].value) if "model_shape" in assumed else ""


def test_v2_rows_carry_the_kv_shape_and_windows_the_estimate_assumes() -> None:
    m = mlenergy()
    w = m.workload
    checked = 0
    for model in np.unique(m.model):
        found = _estimate_shape(str(model))
        if found is None:
            continue
        rows = m.model == model
        kv, shape_text = found
        assert np.all(w.kv_scale[rows] == kv), model
        window = w.kv_window_tokens[rows]
        assert np.all(window == window[0]), model
        assert (window[0] > 0) == ("windowed layers keep" in shape_text), model
        if window[0] > 0:
            assert f"{window[0]:,.0f} tokens" in shape_text, model
        checked += 1
    assert checked >= 12  # the catalog sizes most v2 models (Llama 3.1, Mistral, Mixtral, Gemma 2, Phi-3)


def test_v2_rows_price_the_corrected_shapes() -> None:
    """Phi-3-mini is multi-head (32 KV heads of 96: 3x the default), Gemma 2 9B keeps half its layers in a 4,096-token
    window (8 KV heads of 256: 2x the default per layer); Llama 3.1 8B is the default shape."""
    m = mlenergy()
    w = m.workload

    def first(model: str, field: str) -> float:
        return float(getattr(w, field)[np.flatnonzero(m.model == model)[0]])

    assert first("microsoft/Phi-3-mini-4k-instruct", "kv_scale") == 3.0
    assert first("google/gemma-2-9b-it", "kv_scale") == 1.0
    assert first("google/gemma-2-9b-it", "kv_window_scale") == 1.0
    assert first("google/gemma-2-9b-it", "kv_window_tokens") == 4096.0
    assert first("meta-llama/Meta-Llama-3.1-8B-Instruct", "kv_scale") == 1.0
    assert first("meta-llama/Meta-Llama-3.1-8B-Instruct", "kv_window_tokens") == 0.0
