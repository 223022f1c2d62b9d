"""KV shapes, depth and reasoning of open models the catalog listed before 2025 (issue 10): every corrected factor is
the arithmetic of the config numbers its own source quotes, so a typo in a figure or in its source fails here."""

from __future__ import annotations

import json
import math
import re
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog.attention import DEFAULT_VALUES, kv_scale, model_shape
from rice_core.catalog.models import lookup_model
from rice_core.workload.reasoning import expected_reasoning, reasoning_model

# catalog id -> factor on the default KV bytes per token (8 KV heads x 128) that its published config gives
CORRECTED_KV = {
    "phi-4": 1.25,  # 10 KV heads x 128
    "phi-3-medium": 1.25,  # 10 x 128
    "phi-3-mini": 3.0,  # multi-head: 32 x 96
    "phi-3.5-mini": 3.0,
    "llama-2-7b": 4.0,  # multi-head: 32 x 128
    "llama-2-13b": 5.0,  # multi-head: 40 x 128
    "llama-3.2-1b": 0.5,  # 8 x 64
    "qwen2.5-0.5b": 0.125,  # 2 x 64
    "qwen2.5-1.5b": 0.25,  # 2 x 128
    "qwen2.5-3b": 0.25,
    "qwen2.5-7b": 0.5,  # 4 x 128
    "qwen2.5-coder-7b": 0.5,
    "deepseek-r1-distill-qwen-1.5b": 0.25,
    "deepseek-r1-distill-qwen-7b": 0.5,
    "gemma-2-2b": 0.5,  # 4 x 256 on the half of the layers that attend to the whole context
    "gemma-2-9b": 1.0,  # 8 x 256, half the layers
    "gemma-2-27b": 1.0,  # 16 x 128, half the layers
}
# code models ML.ENERGY v2 measures, added with their catalog entries: full-context KV factor their configs give
CODE_KV = {
    "codellama-7b": 4.0,  # multi-head: 32 x 128
    "codellama-13b": 5.0,  # multi-head: 40 x 128
    "codegemma-7b": 4.0,  # multi-head: 16 x 256
    "codegemma-2b": 0.25,  # multi-query: 1 x 256
}
# StarCoder2: every layer keeps a 4,096-token window; factor of those windowed layers on the default KV bytes
STARCODER2_WINDOWED_KV = {"starcoder2-3b": 0.25, "starcoder2-7b": 0.5, "starcoder2-15b": 0.5}  # 2 or 4 x 128
SOURCED_KV = CORRECTED_KV | CODE_KV
# reasoning entries added with the models: (style, anchor mean tokens it reuses)
NEW_REASONING = {
    "kimi-k2-thinking": ("always", 11450),
    "phi-4-reasoning": ("always", 7056),
    "qwq-32b": ("always", 7409),
    "minimax-m2": ("always", 7056),
    "glm-4.5": ("switch", 7056),
    "glm-4.5-air": ("switch", 7056),
    "glm-4.6": ("switch", 7056),
    "smollm3-3b": ("switch", 7056),
}


def _file(name: str) -> dict[str, Any]:
    return dict(json.loads(files("rice_core.data.catalog").joinpath(name).read_text(encoding="utf-8")))


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.mark.parametrize("model_id", sorted(SOURCED_KV))
def test_kv_factor_is_the_sourced_heads_times_head_dim(model_id: str) -> None:
    raw = _file("attention.json")["models"][model_id]
    source = raw["sources"][0]
    match = re.search(r"2 x (\d+) x (\d+) = ([\d,]+) values", source)
    assert match, "the first source quotes K and V as 2 x heads x head dim"
    heads, head_dim, total = (_number(g) for g in match.groups())
    assert 2 * heads * head_dim == total == raw["kv_values_per_token_layer"]
    found = kv_scale(model_id)
    assert found is not None and found[1] == source
    assert math.isclose(found[0], total * raw["full_attention_share"] / DEFAULT_VALUES)
    assert math.isclose(found[0], SOURCED_KV[model_id])


@pytest.mark.parametrize(
    "model_id", sorted(m for m in SOURCED_KV | STARCODER2_WINDOWED_KV if not m.startswith("gemma-2"))
)
def test_head_dim_is_hidden_size_over_query_heads_where_the_config_states_no_head_dim(model_id: str) -> None:
    source = _file("attention.json")["models"][model_id]["sources"][0]
    sized = re.search(r"hidden[_-]size (\d+).*?num[_-]attention[_-]heads (\d+)", source)
    explicit = re.search(r"head_dim (\d+)", source)
    assert sized
    hidden, heads = (int(g) for g in sized.groups())
    kv_head_dim = int(re.search(r"2 x \d+ x (\d+) =", source).group(1))  # type: ignore[union-attr]
    assert kv_head_dim == (int(explicit.group(1)) if explicit else hidden // heads)


@pytest.mark.parametrize("model_id", sorted(SOURCED_KV | STARCODER2_WINDOWED_KV))
def test_quoted_depth_matches_the_catalog_where_the_source_states_it(model_id: str) -> None:
    source = " ".join(_file("attention.json")["models"][model_id]["sources"])
    depths = {int(d) for d in re.findall(r"(?:num_hidden_layers|--num-layers)[ =](\d+)", source)}
    spec = lookup_model(model_id)
    assert spec is not None and spec.open_weights
    assert depths <= {spec.layers}


@pytest.mark.parametrize("model_id", ["gemma-2-2b", "gemma-2-9b", "gemma-2-27b"])
def test_gemma_2_alternates_windowed_and_global_layers_as_its_reference_config_lists(model_id: str) -> None:
    raw = _file("attention.json")["models"][model_id]
    text = " ".join(raw["sources"])
    pattern = re.search(r"attn_types=\[LOCAL_SLIDING, GLOBAL\] \* (\d+)", text)
    window = re.search(r"sliding_window_size=(\d+)", text)
    assert pattern and window
    spec = lookup_model(model_id)
    assert spec is not None and spec.layers == 2 * int(pattern.group(1))
    assert math.isclose(raw["full_attention_share"], int(pattern.group(1)) / spec.layers)
    assert raw["sliding_window_tokens"] == int(window.group(1))
    shape = model_shape(model_id)
    assert shape is not None
    assert shape[0]["kv_window_tokens"] == 4096.0
    assert math.isclose(shape[0]["kv_window_scale"], raw["kv_values_per_token_layer"] * 0.5 / DEFAULT_VALUES)


def test_command_r7b_caches_its_key_and_value_widths_on_one_layer_in_four() -> None:
    raw = _file("attention.json")["models"]["command-r7b"]
    text = " ".join(raw["sources"])
    widths = re.search(r"k_proj (\d+) -> (\d+), v_proj (\d+) -> (\d+)", text)
    layers = re.search(r"\(0-(\d+)\): (\d+) x Cohere2DecoderLayer", text)
    assert widths and layers and "three layers with sliding window attention (window size 4096)" in text
    k_width, v_width = int(widths.group(2)), int(widths.group(4))
    assert k_width + v_width == raw["kv_values_per_token_layer"]
    assert raw["full_attention_share"] == 1 / 4 and raw["sliding_window_tokens"] == 4096
    spec = lookup_model("command-r7b")
    assert spec is not None and spec.layers == int(layers.group(2)) == int(layers.group(1)) + 1
    found = kv_scale("command-r7b")
    assert found is not None and math.isclose(found[0], (k_width + v_width) / 4 / DEFAULT_VALUES)


def test_multi_head_llama_2_costs_more_kv_than_its_grouped_query_70b_sibling() -> None:
    assert kv_scale("llama-2-70b") is None  # 8 KV heads x 128: the default
    assert kv_scale("llama-2-7b")[0] > 1.0 and kv_scale("llama-2-13b")[0] > 1.0  # type: ignore[index]


def test_magistral_small_has_the_depth_of_the_mistral_small_it_builds_on() -> None:
    magistral, base = lookup_model("magistral-small"), lookup_model("mistral-small-3")
    assert magistral is not None and base is not None
    assert magistral.layers == base.layers == 40
    assert any("Building upon Mistral Small 3.1" in s for s in magistral.sources)
    assert any("num_hidden_layers 40" in s for s in magistral.sources)


@pytest.mark.parametrize("model_id", ["gemma-4-26b-a4b", "gemma-4-31b", "command-r7b", "magistral-small"])
def test_depths_added_to_existing_entries_are_quoted_by_a_config_source(model_id: str) -> None:
    spec = lookup_model(model_id)
    assert spec is not None and spec.layers is not None and spec.open_weights
    quoted = [s for s in spec.sources if "config.json" in s and str(spec.layers) in s]
    assert quoted
    split = re.search(
        r"num_hidden_layers (\d+) \(layer_types: (\d+) sliding_attention, (\d+) full_attention\)", quoted[0]
    )
    if split:  # Gemma 4: the per-layer list adds up to the depth
        assert int(split.group(1)) == int(split.group(2)) + int(split.group(3)) == spec.layers


@pytest.mark.parametrize("model_id", sorted(NEW_REASONING))
def test_open_reasoning_models_think_by_default_at_an_existing_anchor(model_id: str) -> None:
    style, anchor = NEW_REASONING[model_id]
    entry = reasoning_model(model_id)
    assert entry is not None and entry.style == style and entry.default_on
    assert entry.anchor_tokens == anchor
    anchors = {a["mean_tokens"] for a in _file("reasoning.json")["anchors"]}
    assert anchor in anchors
    raw = next(m for m in _file("reasoning.json")["models"] if m["id"] == model_id)
    assert raw["notes"].startswith("assumed as for")
    assert expected_reasoning(model_id).tokens == anchor
    if style == "switch":
        assert expected_reasoning(model_id, effort="none").tokens == 0


def test_nemotron_nano_9b_v2_thinks_by_default_as_long_as_measured() -> None:
    entry = reasoning_model("nvidia/NVIDIA-Nemotron-Nano-9B-v2")
    assert entry is not None and entry.style == "switch" and entry.default_on
    anchors = {a["id"]: a for a in _file("reasoning.json")["anchors"]}
    own = anchors["nemotron-nano-9b-v2"]
    assert entry.anchor_tokens == own["mean_tokens"]
    # the figure is the one the median anchor already quotes from the same measurement
    assert f"Nemotron Nano 9B v2 {own['mean_tokens']:,}" in anchors["measured-reasoning"]["sources"][0]
    assert expected_reasoning("nvidia-nemotron-nano-9b-v2", effort="none").tokens == 0


def test_thinking_checkpoints_resolve_to_their_reasoning_entries() -> None:
    for hf_id, model_id in (
        ("moonshotai/Kimi-K2-Thinking", "kimi-k2-thinking"),
        ("microsoft/Phi-4-reasoning-plus", "phi-4-reasoning"),
        ("Qwen/QwQ-32B", "qwq-32b"),
        ("zai-org/GLM-4.5-Air-FP8", "glm-4.5-air"),
    ):
        entry = reasoning_model(hf_id)
        assert entry is not None and entry.id == model_id
    assert reasoning_model("moonshotai/Kimi-K2-Instruct") is None  # the non-thinking K2 stays without


@pytest.mark.parametrize("model_id", sorted(STARCODER2_WINDOWED_KV))
def test_starcoder2_keeps_a_window_in_every_layer_as_its_config_and_modeling_code_state(model_id: str) -> None:
    raw = _file("attention.json")["models"][model_id]
    first, text = raw["sources"][0], " ".join(raw["sources"])
    match = re.search(r"2 x (\d+) x (\d+) = ([\d,]+) values", first)
    window = re.search(r"sliding_window (\d+) in every layer", first)
    assert match and window and "passes sliding_window=" in text and "no full-attention layers" in text
    heads, head_dim, total = (_number(g) for g in match.groups())
    assert 2 * heads * head_dim == total == raw["kv_values_per_token_layer"]
    assert raw["full_attention_share"] == 0.0 and raw["sliding_window_tokens"] == int(window.group(1)) == 4096
    found, shape = kv_scale(model_id), model_shape(model_id)
    assert found is not None and found[0] == 0.0  # no layer holds the whole context
    assert shape is not None and shape[0]["kv_window_tokens"] == 4096.0
    assert math.isclose(shape[0]["kv_window_scale"], total / DEFAULT_VALUES)
    assert math.isclose(shape[0]["kv_window_scale"], STARCODER2_WINDOWED_KV[model_id])


def _config(text: str) -> dict[str, int]:
    """The config numbers a source line quotes (``name value``)."""
    keys = "num_hidden_layers|hidden_size|intermediate_size|ff_intermediate_size|num_attention_heads"
    keys += "|num_key_value_heads|head_dim|vocab_size"
    return {k: int(v) for k, v in re.findall(rf"\b({keys}) (\d+)", text)}


def _params_b(model_id: str, c: dict[str, int]) -> float:
    """Weights of a config by its architecture: Llama/Gemma/Phi-3-small gated MLPs (3 matrices), StarCoder2 a biased
    2-matrix MLP with biased projections and LayerNorms; Gemma, Phi-3-small and the smaller StarCoder2 tie the head."""
    h, inter = c["hidden_size"], c.get("intermediate_size") or c["ff_intermediate_size"]
    head_dim = c.get("head_dim", h // c["num_attention_heads"])
    q, kv = c["num_attention_heads"] * head_dim, c["num_key_value_heads"] * head_dim
    tied = model_id.startswith(("codegemma", "phi-3-small", "starcoder2-3b", "starcoder2-7b"))
    if model_id.startswith("starcoder2"):
        layer = 2 * h * q + 2 * h * kv + q + 2 * kv + h + 2 * h * inter + inter + h + 4 * h
    else:
        layer = 2 * h * q + 2 * h * kv + 3 * h * inter + 2 * h
    return (c["vocab_size"] * h * (1 if tied else 2) + c["num_hidden_layers"] * layer) / 1e9


CODE_MODELS = (*CODE_KV, *STARCODER2_WINDOWED_KV, "codellama-34b", "codellama-70b", "phi-3-small")


@pytest.mark.parametrize("model_id", sorted(CODE_MODELS))
def test_code_model_size_and_depth_are_the_arithmetic_of_their_quoted_config(model_id: str) -> None:
    spec = lookup_model(model_id)
    assert spec is not None and spec.open_weights and spec.params_b == spec.active_params_b
    config = _config(spec.sources[0])
    assert config["num_hidden_layers"] == spec.layers
    assert abs(_params_b(model_id, config) - spec.params_b) < 0.01
    assert any("Parameters recomputed from those config numbers" in s for s in spec.sources)


@pytest.mark.parametrize(
    ("name", "model_id"),
    [
        ("codellama/CodeLlama-7b-hf", "codellama-7b"),
        ("codellama-7b-instruct-hf", "codellama-7b"),
        ("codellama/CodeLlama-13b-Instruct-hf", "codellama-13b"),
        ("ollama/codellama:34b", "codellama-34b"),
        ("codellama/CodeLlama-70b-hf", "codellama-70b"),
        ("bigcode/starcoder2-3b", "starcoder2-3b"),
        ("starcoder2-7b", "starcoder2-7b"),
        ("starcoder2-15b", "starcoder2-15b"),
        ("google/codegemma-7b", "codegemma-7b"),
        ("codegemma-7b-it", "codegemma-7b"),
        ("google/codegemma-1.1-2b", "codegemma-2b"),
        ("codegemma-1.1-2b", "codegemma-2b"),
        ("microsoft/Phi-3-small-8k-instruct", "phi-3-small"),
    ],
)
def test_code_models_resolve_from_their_hugging_face_and_ollama_names(name: str, model_id: str) -> None:
    spec = lookup_model(name)
    assert spec is not None and spec.id == model_id


def test_default_shape_code_models_quote_eight_kv_heads_of_128() -> None:
    """CodeLlama 34B/70B and Phi-3-small are grouped-query with the default width: no attention.json entry."""
    for model_id in ("codellama-34b", "codellama-70b", "phi-3-small"):
        spec = lookup_model(model_id)
        assert spec is not None and kv_scale(model_id) is None and model_shape(model_id) is None
        config = _config(spec.sources[0])
        assert config["num_key_value_heads"] == 8
        assert config["hidden_size"] // config["num_attention_heads"] == 128
