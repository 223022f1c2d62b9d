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


@pytest.mark.parametrize("model_id", sorted(CORRECTED_KV))
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
    assert math.isclose(found[0], CORRECTED_KV[model_id])


@pytest.mark.parametrize("model_id", sorted(m for m in CORRECTED_KV if not m.startswith("gemma-2")))
def test_head_dim_is_hidden_size_over_query_heads_where_the_config_states_no_head_dim(model_id: str) -> None:
    source = _file("attention.json")["models"][model_id]["sources"][0]
    sized = re.search(r"hidden[_-]size (\d+).*?num[_-]attention[_-]heads (\d+)", source)
    explicit = re.search(r"head_dim (\d+)", source)
    assert sized
    hidden, heads = (int(g) for g in sized.groups())
    kv_head_dim = int(re.search(r"2 x \d+ x (\d+) =", source).group(1))  # type: ignore[union-attr]
    assert kv_head_dim == (int(explicit.group(1)) if explicit else hidden // heads)


@pytest.mark.parametrize("model_id", sorted(CORRECTED_KV))
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
