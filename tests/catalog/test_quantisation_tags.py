"""Quantisation tags in model names (``_names.quantisation_tag``) and the providers' optional ``precision`` field."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog import providers
from rice_core.catalog._names import gguf_bits, quantisation_tag
from rice_core.catalog.models import all_models, lookup_model
from rice_core.catalog.providers import all_providers, lookup_provider, parse_providers
from rice_core.errors import CatalogError


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("llama3.1:8b-instruct-q8_0", ("int8", "q8_0")),
        ("llama3.1:8b-instruct-fp16", ("fp16", "fp16")),
        ("llama3.1:8b-instruct-bf16", ("bf16", "bf16")),
        ("llama3.1:8b-instruct-q4_K_M", ("int4", "q4_K_M")),
        ("mistral:7b-instruct-v0.3-q4_0", ("int4", "q4_0")),
        ("qwen2.5:7b-instruct-q5_K_M", ("int4", "q5_K_M")),  # 5.5 bits: |4.5 − 5.5| < |8 − 5.5|
        ("phi3:3.8b-mini-128k-instruct-q5_1", ("int4", "q5_1")),  # 6.0 bits: still nearer int4's 4.5 than int8's 8
        ("llama3.1:8b-instruct-q6_K", ("int8", "q6_K")),  # 6.5625 bits: past the 6.25 midpoint → int8
        ("ollama/llama3.1:70b-instruct-q2_K", ("int4", "q2_K")),
        ("qwen2.5:7b-instruct-iq4_xs", ("int4", "iq4_xs")),
        ("hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4", ("int4", "INT4")),  # the last precision word wins
        ("neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8-dynamic", ("fp8", "FP8")),
        ("mlx-community/Meta-Llama-3.1-8B-Instruct-4bit", ("int4", "4bit")),
        ("TheBloke/Llama-2-7B-Chat-GPTQ", ("int4", "GPTQ")),
    ],
)
def test_tags_name_their_precision(name: str, expected: tuple[str, str]) -> None:
    assert quantisation_tag(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "llama3.1:8b",
        "llama3.1:latest",
        "ollama/llama3.1:70b",
        "gpt-oss:20b",
        "meta.llama3-1-70b-instruct-v1:0",
        "openai:gpt-4.1",
        "qwen2.5:7b",
        "qwq:32b",
        "mistral",
        "claude-3-5-sonnet@20240620",
        "",
    ],
)
def test_names_without_a_tag(name: str) -> None:
    assert quantisation_tag(name) is None


def test_no_catalog_name_reads_as_a_tag() -> None:
    found = [(m.id, name) for m in all_models() for name in (m.id, *m.aliases) if quantisation_tag(name)]
    assert found == []


@pytest.mark.parametrize(
    ("word", "bits"),
    [
        ("q4_0", 4.5),
        ("Q8_0", 8.5),
        ("q4_K_M", 4.5),
        ("q3_K_L", 3.4375),
        ("q6_K", 6.5625),
        ("iq2_xxs", 2.5),
        ("fp16", None),
        ("8b", None),
    ],
)
def test_gguf_bits(word: str, bits: float | None) -> None:
    assert gguf_bits(word) == bits


@pytest.mark.parametrize(
    ("name", "model_id"),
    [
        ("llama3.1:8b-instruct-q8_0", "llama-3.1-8b"),
        ("llama3.1:8b-instruct-fp16", "llama-3.1-8b"),
        ("neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8-dynamic", "llama-3.1-70b"),
        ("hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4", "llama-3.1-8b"),
    ],
)
def test_tagged_names_still_find_their_model(name: str, model_id: str) -> None:
    spec = lookup_model(name)
    assert spec is not None and spec.id == model_id


def test_only_ollama_sets_a_precision_and_it_is_sourced() -> None:
    assert {p.id: p.precision for p in all_providers() if p.precision} == {"ollama": "int4"}
    ollama = lookup_provider("ollama")
    assert ollama is not None and any("Q4_K_M" in s and "int4" in s for s in ollama.sources)


def _shipped() -> dict[str, Any]:
    return json.loads(files("rice_core.data.catalog").joinpath(providers.FILENAME).read_text(encoding="utf-8"))


def _entry(data: dict[str, Any], profile_id: str) -> dict[str, Any]:
    return next(p for p in data["providers"] if p["id"] == profile_id)


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: _entry(d, "ollama").update(precision="q4_K_M"), "field 'precision' must be one of"),
        (lambda d: _entry(d, "ollama").update(precision="INT4"), "field 'precision' must be one of"),
        (lambda d: _entry(d, "ollama").update(precision=4), "field 'precision' must be one of"),
        (lambda d: _entry(d, "openai").update(precision="fp8"), "field 'precision' is 'fp8' but no entry in 'sources'"),
    ],
)
def test_bad_provider_precision_is_refused_on_load(mutate: Callable[[dict[str, Any]], None], needle: str) -> None:
    data = copy.deepcopy(_shipped())
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_providers(data)
    assert needle in str(info.value) and "providers.json" in str(info.value)


def test_null_provider_precision_is_accepted() -> None:
    data = copy.deepcopy(_shipped())
    _entry(data, "ollama")["precision"] = None
    assert parse_providers(data)[0]["ollama"].precision is None
