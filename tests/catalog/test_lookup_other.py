"""Hardware, grid and provider lookups."""

from __future__ import annotations

import pytest

from rice_core.catalog.grid import lookup_grid
from rice_core.catalog.hardware import lookup_hardware
from rice_core.catalog.models import lookup_model
from rice_core.catalog.providers import (
    all_providers,
    lookup_provider,
    provider_for_model,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("h100", "h100-sxm"),
        ("H100-SXM", "h100-sxm"),
        ("nvidia-h100-80gb-hbm3", "h100-sxm"),
        ("NVIDIA H100 80GB HBM3", "h100-sxm"),
        ("h100-pcie", "h100-pcie"),
        ("a100", "a100-80gb"),
        ("A100-SXM4-80GB", "a100-80gb"),
        ("NVIDIA A100-SXM4-40GB", "a100-40gb"),
        ("a100_40gb", "a100-40gb"),
        ("H200", "h200"),
        ("b200", "b200"),
        ("NVIDIA L4", "l4"),
        ("l40s", "l40s"),
        ("A10G", "a10g"),
        ("Tesla T4", "t4"),
        ("AMD Instinct MI300X", "mi300x"),
        ("mi300x", "mi300x"),
        ("NVIDIA A100 80GB PCIe", "a100-80gb-pcie"),
        ("NVIDIA H100 PCIe", "h100-pcie"),
        ("NVIDIA GeForce RTX 4090", "rtx-4090"),
    ],
)
def test_hardware_spellings(name: str, expected: str) -> None:
    spec = lookup_hardware(name)
    assert spec is not None and spec.id == expected


@pytest.mark.parametrize("name", ["", "h1000", "tpu-v9", "a10"])
def test_unknown_hardware_is_none(name: str) -> None:
    assert lookup_hardware(name) is None


@pytest.mark.parametrize(
    ("name", "expected", "parent"),
    [
        ("world", "world", None),
        ("WORLD", "world", None),
        ("FR", "FR", None),
        ("fra", "FR", None),
        ("France", "FR", None),
        ("United States", "US", None),
        ("USA", "US", None),
        ("uk", "GB", None),
        ("Germany", "DE", None),
        ("US-VA", "US-VA", None),
        ("aws:us-east-1", "aws:us-east-1", "US-VA"),
        ("us-east-1", "aws:us-east-1", "US-VA"),
        ("AWS:eu-west-3", "aws:eu-west-3", "FR"),
        ("gcp:europe-west1", "gcp:europe-west1", "BE"),
        ("europe-west1", "gcp:europe-west1", "BE"),
        ("azure:westeurope", "azure:westeurope", "NL"),
        ("westeurope", "azure:westeurope", "NL"),
        ("google:us-central1", "gcp:us-central1", "US-IA"),
        ("azure:swedencentral", "azure:swedencentral", "SE"),
    ],
)
def test_grid_spellings(name: str, expected: str, parent: str | None) -> None:
    zone = lookup_grid(name)
    assert zone is not None and zone.id == expected and zone.parent == parent


def test_cloud_region_carries_its_grid_intensity() -> None:
    region, country = lookup_grid("gcp:europe-west9"), lookup_grid("FR")
    assert region is not None and country is not None
    assert region.gco2e_per_kwh == country.gco2e_per_kwh and region.year == country.year
    assert set(country.sources) <= set(region.sources)


@pytest.mark.parametrize("name", ["", "mars", "aws:mars-east-1", "XX"])
def test_unknown_region_is_none(name: str) -> None:
    assert lookup_grid(name) is None


def test_provider_lookup_and_local_runtimes() -> None:
    assert lookup_provider("OpenAI") is lookup_provider("openai")
    assert lookup_provider("nope") is None
    local = {p.id for p in all_providers() if not p.hosted}
    assert {"ollama", "vllm", "transformers"} <= local
    assert all(p.default_batch_size == 1 for p in all_providers() if not p.hosted)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gpt-4o", "openai"),
        ("claude-3-5-sonnet", "anthropic"),
        ("gemini-2.5-pro", "google"),
        ("mistral-large-latest", "mistral"),
        ("command-r", "cohere"),
        ("deepseek-chat", "deepseek"),
        ("meta-llama/Llama-3.1-8B-Instruct", "hosted-open"),
        ("qwen2.5:7b", "ollama"),
        ("qwen2.5-7b", "hosted-open"),
        ("ollama/llama3.1", "ollama"),
        ("ollama_chat/qwen2.5:7b", "ollama"),
        ("azure/gpt-4o", "azure-openai"),
        ("bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", "bedrock"),
        ("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "bedrock"),
        ("groq/llama-3.1-8b-instant", "hosted-open"),
        ("huggingface/meta-llama/Llama-3.1-8B-Instruct", "hosted-open"),
        ("vertex_ai/claude-3-haiku@20240307", "google"),
        ("groq:llama-3.3-70b-versatile", "hosted-open"),
        ("google-vertex:gemini-2.5-pro", "google"),
        ("azure_openai:gpt-4o", "azure-openai"),
        ("mistral:7b", "ollama"),
        ("ollama:llama3.1", "ollama"),
        ("llama3.1:8b", "ollama"),
        ("qwen2.5-coder:7b", "ollama"),
        ("phi3:mini", "ollama"),
    ],
)
def test_provider_for_model(name: str, expected: str) -> None:
    spec = lookup_model(name)
    assert spec is not None
    assert provider_for_model(spec, name).id == expected


def test_provider_for_model_without_name_uses_vendor() -> None:
    spec = lookup_model("claude-3-haiku")
    assert spec is not None and provider_for_model(spec).id == "anthropic"
