"""Shapes of 2025 open models (issue 10): each entry is found from its Hugging Face id, by the catalog and by the
ML.ENERGY v3 loader, and every derived figure is the arithmetic of the config numbers its own source quotes."""

from __future__ import annotations

import json
import math
import re
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog.attention import DEFAULT_VALUES, kv_scale, model_shape
from rice_core.catalog.models import lookup_model
from rice_core.fit.mlenergy_v3 import _kv_scale, _layers, _shape, catalog_names

# Hugging Face ids as a serving stack (vLLM) names them -> the catalog entry they must resolve to
HF_IDS = [
    ("Qwen/Qwen3-Coder-480B-A35B-Instruct", "qwen3-coder-480b-a35b"),
    ("Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "qwen3-coder-480b-a35b"),
    ("Qwen/Qwen3-Coder-30B-A3B-Instruct", "qwen3-coder-30b-a3b"),
    ("Qwen/Qwen3-Coder-30B-A3B-Instruct-FP8", "qwen3-coder-30b-a3b"),
    ("Qwen/Qwen3-Next-80B-A3B-Instruct", "qwen3-next-80b-a3b"),
    ("Qwen/Qwen3-Next-80B-A3B-Thinking", "qwen3-next-80b-a3b"),
    ("Qwen/Qwen3-Next-80B-A3B-Instruct-FP8", "qwen3-next-80b-a3b"),
    ("moonshotai/Kimi-K2-Instruct", "kimi-k2"),
    ("moonshotai/Kimi-K2-Instruct-0905", "kimi-k2"),
    ("moonshotai/Kimi-K2-Thinking", "kimi-k2-thinking"),
    ("zai-org/GLM-4.5", "glm-4.5"),
    ("zai-org/GLM-4.5-FP8", "glm-4.5"),
    ("zai-org/GLM-4.5-Air", "glm-4.5-air"),
    ("zai-org/GLM-4.5-Air-FP8", "glm-4.5-air"),
    ("zai-org/GLM-4.6", "glm-4.6"),
    ("zai-org/GLM-4.6-FP8", "glm-4.6"),
    ("nvidia/NVIDIA-Nemotron-Nano-12B-v2", "nvidia-nemotron-nano-12b-v2"),
    ("nvidia/NVIDIA-Nemotron-Nano-9B-v2", "nvidia-nemotron-nano-9b-v2"),
    ("nvidia/Llama-3_3-Nemotron-Super-49B-v1", "llama-3.3-nemotron-super-49b"),
    ("nvidia/Llama-3_3-Nemotron-Super-49B-v1_5", "llama-3.3-nemotron-super-49b"),
    ("Qwen/QwQ-32B", "qwq-32b"),
    ("MiniMaxAI/MiniMax-M2", "minimax-m2"),
    ("baidu/ERNIE-4.5-21B-A3B-PT", "ernie-4.5-21b-a3b"),
    ("HuggingFaceTB/SmolLM3-3B", "smollm3-3b"),
    ("microsoft/Phi-4-reasoning", "phi-4-reasoning"),
    ("microsoft/Phi-4-reasoning-plus", "phi-4-reasoning"),
    ("mistralai/Devstral-Small-2505", "devstral-small"),
    ("mistralai/Devstral-Small-2507", "devstral-small"),
    ("allenai/OLMo-2-1124-7B-Instruct", "olmo-2-7b"),
    ("allenai/OLMo-2-0325-32B-Instruct", "olmo-2-32b"),
]
NEW_IDS = sorted({model_id for _, model_id in HF_IDS})
# hybrids and NAS models: (layers keeping a full KV cache, layers) as the entry's source counts them
FULL_LAYERS = {
    "qwen3-next-80b-a3b": (12, 48),
    "nvidia-nemotron-nano-12b-v2": (6, 62),
    "nvidia-nemotron-nano-9b-v2": (4, 56),
    "llama-3.3-nemotron-super-49b": (49, 80),
}


def _file(name: str) -> dict[str, Any]:
    return dict(json.loads(files("rice_core.data.catalog").joinpath(name).read_text(encoding="utf-8"))["models"])


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.mark.parametrize(("hf_id", "model_id"), HF_IDS)
def test_hugging_face_id_finds_the_entry(hf_id: str, model_id: str) -> None:
    spec = lookup_model(hf_id)
    assert spec is not None and spec.id == model_id


@pytest.mark.parametrize(("hf_id", "model_id"), HF_IDS)
def test_v3_loader_reads_the_catalog_shape(hf_id: str, model_id: str) -> None:
    spec = lookup_model(model_id)
    assert spec is not None and spec.layers is not None
    assert _layers(hf_id) == spec.layers
    scale = kv_scale(model_id)
    assert _kv_scale(hf_id) == (scale[0] if scale else 1.0)
    found = model_shape(model_id)
    shape = _shape(hf_id)
    for field, value in (found[0] if found else {}).items():
        assert shape[field] == value, field


def test_v3_loader_finds_mistral_small_by_its_dated_hugging_face_ids() -> None:
    for hf_id in ("mistralai/Mistral-Small-3.1-24B-Instruct-2503", "mistralai/Mistral-Small-3.2-24B-Instruct-2506"):
        assert "mistral-small-3.1" in catalog_names(hf_id) or "mistral-small-3.2" in catalog_names(hf_id)
        assert _layers(hf_id) == 40


def test_v3_loader_gives_magistral_small_the_depth_of_the_mistral_small_it_builds_on() -> None:
    spec = lookup_model("mistral-small-3")
    assert spec is not None and spec.layers == 40
    for hf_id in ("mistralai/Magistral-Small-2506", "mistralai/Magistral-Small-2507", "mistralai/Magistral-Small-2509"):
        assert _layers(hf_id) == spec.layers


@pytest.mark.parametrize("model_id", [m for m, raw in _file("experts.json").items() if " x 3 x " in str(raw)])
def test_routed_params_are_the_product_quoted_in_the_source(model_id: str) -> None:
    raw = _file("experts.json")[model_id]
    text = " ".join(raw["sources"])
    match = re.search(r"\((\d+) x (\d+) x 3 x ([\d,]+) x ([\d,]+) = ", text)
    assert match, "the source quotes layers x experts x 3 x hidden x expert width"
    layers, experts, hidden, width = (_number(g) for g in match.groups())
    assert experts == raw["experts"]
    product_b = layers * experts * 3 * hidden * width / 1e9
    # older entries truncate (deepseek-r1 653.8 for 653.9, qwen3-235b-a22b 226.99 for 227.10); new ones round to 0.01
    tolerance = 0.005 if model_id in NEW_IDS else 0.001 * product_b
    assert math.isclose(product_b, raw["routed_params_b"], abs_tol=tolerance)
    assert raw["routed_params_b"] < raw["total_params_b"]
    assert str(raw["experts_per_token"]) in text


@pytest.mark.parametrize("model_id", [m for m in NEW_IDS if m in _file("experts.json")])
def test_new_moe_entries_quote_their_product_and_match_the_model_total(model_id: str) -> None:
    raw = _file("experts.json")[model_id]
    assert " x 3 x " in " ".join(raw["sources"])
    spec = lookup_model(model_id)
    assert spec is not None
    assert abs(raw["total_params_b"] - spec.params_b) / spec.params_b < 0.05  # Kimi K2: 1,026.4B recomputed vs "1T"


@pytest.mark.parametrize("model_id", [m for m in NEW_IDS if m in _file("attention.json")])
def test_kv_values_are_the_sourced_heads_times_head_dim(model_id: str) -> None:
    raw = _file("attention.json")[model_id]
    text = " ".join(raw["sources"])
    gqa = re.search(r"2 x (\d+) x (\d+) = ([\d,]+) values", text)
    mla = re.search(r"kv_lora_rank (\d+) \+ qk_rope_head_dim (\d+) = (\d+)", text)
    assert gqa or mla
    if gqa:
        heads, head_dim, total = (_number(g) for g in gqa.groups())
        assert 2 * heads * head_dim == total == raw["kv_values_per_token_layer"]
    else:
        rank, rope, total = (int(g) for g in mla.groups())  # type: ignore[union-attr]
        assert rank + rope == total == raw["kv_values_per_token_layer"]
    scale = kv_scale(model_id)
    assert scale is not None
    assert math.isclose(scale[0], raw["kv_values_per_token_layer"] * raw["full_attention_share"] / DEFAULT_VALUES)


@pytest.mark.parametrize("model_id", sorted(FULL_LAYERS))
def test_full_attention_share_counts_the_sourced_layers(model_id: str) -> None:
    full, layers = FULL_LAYERS[model_id]
    raw = _file("attention.json")[model_id]
    assert math.isclose(raw["full_attention_share"], full / layers, abs_tol=1e-6)
    spec = lookup_model(model_id)
    assert spec is not None and spec.layers == layers
    assert str(full) in " ".join(raw["sources"]) and str(layers) in " ".join(raw["sources"])


@pytest.mark.parametrize(
    "model_id", [m for m, raw in _file("attention.json").items() if "recurrent_state_bytes_per_sequence" in raw]
)
def test_recurrent_state_is_the_sourced_product(model_id: str) -> None:
    raw = _file("attention.json")[model_id]
    text = " ".join(raw["sources"])
    values = re.search(r"(\d+) x (\d+) x (\d+) x (\d+) values per sequence", text)
    width = re.search(r"(\d) bytes each", text)
    assert values and width
    product = math.prod(int(g) for g in values.groups()) * int(width.group(1))
    assert product == raw["recurrent_state_bytes_per_sequence"]
    assert f"{product:,}" in text
    shape = model_shape(model_id)
    assert shape is not None and shape[0]["state_bytes"] == product
