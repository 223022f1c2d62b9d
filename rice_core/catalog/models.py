"""The model catalog: look up any spelling of a model name people write in code.

Data: ``rice_core/data/catalog/models.json`` (see the README beside it for provenance). Loaded and validated on
first use; an unknown name gives ``None`` (and ``suggest_models`` gives the closest known names), never an exception.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, build_index, entries, read_catalog
from rice_core.catalog._names import candidate_keys, canonical
from rice_core.catalog.specs import ModelSpec
from rice_core.errors import CatalogError

FILENAME = "models.json"
TIERS = ("small", "medium", "large", "reasoning")
TOKENIZERS = ("o200k_base", "cl100k_base")


@dataclass(frozen=True)
class _Catalog:
    models: dict[str, ModelSpec]  # id → spec, file order
    index: dict[str, str]  # canonical id/alias → id


def lookup_model(name: str) -> ModelSpec | None:
    """The catalog entry for ``name`` in any common spelling (prefixes, snapshots, Bedrock/Vertex/HF/Ollama ids)."""
    if not isinstance(name, str) or not name.strip():
        return None
    catalog = _catalog()
    for key in candidate_keys(name):
        model_id = catalog.index.get(key)
        if model_id is not None:
            return catalog.models[model_id]
    return None


def suggest_models(name: str, n: int = 3) -> list[str]:
    """Up to ``n`` catalog ids closest to ``name`` (difflib over ids and aliases), best first."""
    catalog = _catalog()
    keys = candidate_keys(name) if isinstance(name, str) else []
    out: list[str] = []
    for key in keys[:1] + keys[-1:]:
        for match in difflib.get_close_matches(key, list(catalog.index), n=n * 4, cutoff=0.5):
            model_id = catalog.index[match]
            if model_id not in out:
                out.append(model_id)
    return out[:n]


def all_models() -> tuple[ModelSpec, ...]:
    """Every catalog entry, in file order."""
    return tuple(_catalog().models.values())


def comparable_models(spec: ModelSpec) -> list[ModelSpec]:
    """Same provider and tier, fewer active parameters, still served: targets for "switch to a lower-carbon model".

    Sorted nearest first (largest active parameters below ``spec``'s), so the first is the gentlest switch.
    """
    found = [
        other
        for other in all_models()
        if other.provider == spec.provider
        and other.tier == spec.tier
        and other.id != spec.id
        and other.active_params_b < spec.active_params_b
        and not other.retired
    ]
    return sorted(found, key=lambda m: (-m.active_params_b, m.id))


@cache
def _catalog() -> _Catalog:
    return parse_models(read_catalog(FILENAME))


def parse_models(data: dict[str, Any]) -> _Catalog:
    """Validate the raw JSON and build specs and the name index; raises ``CatalogError`` naming entry and field."""
    profiles = _tokenizer_profiles(data)
    models = {spec.id: spec for spec in (_model(reader, profiles) for reader in entries(FILENAME, data, "models"))}
    names = [(spec.id, name) for spec in models.values() for name in (spec.id, *spec.aliases)]
    return _Catalog(models, build_index(FILENAME, names, canonical))


def _tokenizer_profiles(data: dict[str, Any]) -> dict[str, tuple[str, float]]:
    profiles: dict[str, tuple[str, float]] = {}
    for reader in entries(FILENAME, data, "tokenizer_profiles"):
        reader.sources()
        profiles[reader.id] = (reader.choice("tokenizer", TOKENIZERS), reader.number("token_factor"))
    return profiles


def _model(reader: EntryReader, profiles: dict[str, tuple[str, float]]) -> ModelSpec:
    params_b = reader.number("params_b")
    active_b = reader.number("active_params_b", default=params_b)
    if active_b > params_b:
        reader.fail("active_params_b", f"is larger than params_b ({active_b} > {params_b})")
    params_range, active_range = reader.span("params_range_b"), reader.span("active_params_range_b")
    for field, value, span in (
        ("params_range_b", params_b, params_range),
        ("active_params_range_b", active_b, active_range),
    ):
        if span is not None and not span.contains(value):
            reader.fail(field, f"does not contain the central figure {value}")
    tokenizer, token_factor = profiles.get(reader.choice("tokenizer_profile", profiles), ("", 0.0))
    return ModelSpec(
        id=reader.id,
        provider=reader.text("provider"),
        family=reader.text("family"),
        params_b=params_b,
        active_params_b=active_b,
        params_range_b=params_range,
        active_params_range_b=active_range,
        open_weights=reader.boolean("open_weights"),
        tokenizer=tokenizer,
        token_factor=token_factor,
        context_window=reader.integer("context_window"),
        tier=reader.choice("tier", TIERS),
        sources=reader.sources(),
        aliases=reader.strings("aliases"),
        notes=reader.text("notes", default=""),
        retired=reader.boolean("retired", default=False),
        precision=reader.sourced_precision(),
        layers=_layers(reader),
    )


def _layers(reader: EntryReader) -> int | None:
    """The optional published layer count: a positive integer that one of the entry's sources states."""
    value = reader.raw.get("layers")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        reader.fail("layers", f"must be a positive integer (at most 1000) or null, got {value!r}")
    if not any("layers" in source and str(value) in source for source in reader.sources()):
        reader.fail("layers", f"is {value} but no entry in 'sources' states it (e.g. 'num_hidden_layers {value}')")
    return int(value)


__all__ = ["CatalogError", "all_models", "comparable_models", "lookup_model", "suggest_models"]
