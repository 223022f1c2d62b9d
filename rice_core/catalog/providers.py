"""Provider profiles: where a hosted API serves from (grid), its PUE, hardware and a realistic batch size.

Data: ``rice_core/data/catalog/providers.json``. Local runtimes (``ollama``, ``vllm``, ``transformers``) are
profiles too, with ``hosted=False`` and batch size 1; a profile may name the precision its default builds serve
(``ollama``: int4, its default tags being Q4_K_M GGUF files).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, entries, read_catalog
from rice_core.catalog._names import provider_prefix
from rice_core.catalog.specs import ModelSpec, ProviderProfile
from rice_core.errors import CatalogError

FILENAME = "providers.json"

# serving route written in a model name (``ollama/llama3``, ``bedrock/…``) → profile id
_ROUTE_PROFILES = {
    "ollama": "ollama",
    "ollama_chat": "ollama",
    "vllm": "vllm",
    "hosted_vllm": "vllm",
    "huggingface": "hosted-open",
    "azure": "azure-openai",
    "azure_ai": "azure-openai",
    "bedrock": "bedrock",
    "vertex_ai": "google",
    "gemini": "google",
    "groq": "hosted-open",
    "together_ai": "hosted-open",
    "together": "hosted-open",
    "fireworks_ai": "hosted-open",
    "deepinfra": "hosted-open",
    "openrouter": "hosted-open",
}


def lookup_provider(provider_id: str) -> ProviderProfile | None:
    """The profile with this id (case-insensitive), or ``None``."""
    if not isinstance(provider_id, str):
        return None
    return _catalog()[0].get(provider_id.strip().lower().replace("_", "-"))


def all_providers() -> tuple[ProviderProfile, ...]:
    """Every profile, in file order."""
    return tuple(_catalog()[0].values())


def provider_for_model(spec: ModelSpec | None, name: str | None = None) -> ProviderProfile:
    """The profile serving ``spec``: the route spelled in ``name`` (``ollama/…``) if given, else its vendor's API.

    Open-weights vendors without their own API in the catalog (meta, qwen, microsoft…) map to ``hosted-open``, and
    so does a model the catalog does not list but whose name states its size (``spec`` None: open weights).
    """
    profiles, by_vendor = _catalog()
    route = provider_prefix(name) if name else None
    route_profile = _ROUTE_PROFILES.get(route or "", "")
    if route_profile in profiles:
        return profiles[route_profile]
    profile_id = by_vendor.get(spec.provider, "hosted-open") if spec is not None else "hosted-open"
    return profiles[profile_id]


@cache
def _catalog() -> tuple[dict[str, ProviderProfile], dict[str, str]]:
    return parse_providers(read_catalog(FILENAME))


def parse_providers(data: dict[str, Any]) -> tuple[dict[str, ProviderProfile], dict[str, str]]:
    """Validate profiles; returns (id → profile, model vendor → profile id). ``hosted-open`` must exist."""
    profiles: dict[str, ProviderProfile] = {}
    by_vendor: dict[str, str] = {}
    for reader in entries(FILENAME, data, "providers"):
        profile = _profile(reader)
        profiles[profile.id] = profile
        for vendor in reader.strings("serves_vendors"):
            if vendor in by_vendor:
                reader.fail("serves_vendors", f"vendor {vendor!r} already served by {by_vendor[vendor]!r}")
            by_vendor[vendor] = profile.id
    if "hosted-open" not in profiles:
        raise CatalogError(f"catalog {FILENAME}: entry 'hosted-open': field 'id' is missing (the profile is required)")
    return profiles, by_vendor


def _profile(reader: EntryReader) -> ProviderProfile:
    hosted = reader.boolean("hosted", default=True)
    pue = reader.number("pue")
    if pue < 1.0:
        reader.fail("pue", f"must be >= 1.0, got {pue}")
    extra = (
        {k: str(v) for k, v in reader.raw.get("extra", {}).items()} if isinstance(reader.raw.get("extra"), dict) else {}
    )
    return ProviderProfile(
        id=reader.id,
        name=reader.text("name"),
        pue=pue,
        region=reader.text("region"),
        hardware=reader.text("hardware"),
        default_batch_size=reader.number("default_batch_size"),
        sources=reader.sources(),
        notes=reader.text("notes", default=""),
        hosted=hosted,
        extra=extra,
        precision=reader.sourced_precision(),
        stack=reader.raw.get("stack") if isinstance(reader.raw.get("stack"), str) else None,
    )
