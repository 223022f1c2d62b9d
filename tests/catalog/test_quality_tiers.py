"""quality_tiers.json: every entry names a catalog model, and every route id resolves back to that model on that
route (so a "switch model" rewrite never writes a name the catalog would price as something else)."""

from __future__ import annotations

import pytest

from rice_core.catalog._names import provider_prefix
from rice_core.catalog.models import lookup_model
from rice_core.catalog.switches import switch_targets
from rice_core.catalog.tiers import TIERS, all_tiers, parse_tiers
from rice_core.errors import CatalogError


def test_every_entry_is_a_catalog_model_with_sources() -> None:
    for entry in all_tiers():
        spec = lookup_model(entry.model_id)
        assert spec is not None and spec.id == entry.model_id, entry.model_id
        assert entry.sources and entry.tier in TIERS


@pytest.mark.parametrize("entry", all_tiers(), ids=lambda e: e.model_id)
def test_route_ids_resolve_to_their_model_on_their_route(entry) -> None:
    expected_prefix = {"bedrock": "bedrock", "ollama": "ollama"}
    for route, name in entry.routes.items():
        found = lookup_model(name)
        assert found is not None and found.id == entry.model_id, (route, name)
        if route in expected_prefix:
            assert provider_prefix(name) == expected_prefix[route], (route, name)


def test_a_bad_entry_names_the_field() -> None:
    tiers = {"top": "", "mid": "", "light": ""}
    with pytest.raises(CatalogError, match="'gpt-4o'.*'tier'"):
        parse_tiers(
            {
                "tiers": tiers,
                "models": [{"id": "gpt-4o", "tier": "best", "routes": {"api": "gpt-4o"}, "sources": ["x"]}],
            }
        )
    with pytest.raises(CatalogError, match="unknown route 'azure'"):
        parse_tiers(
            {"tiers": tiers, "models": [{"id": "gpt-4o", "tier": "top", "routes": {"azure": "x"}, "sources": ["x"]}]}
        )
    with pytest.raises(CatalogError, match="'sources'"):
        parse_tiers({"tiers": tiers, "models": [{"id": "gpt-4o", "tier": "top", "routes": {"api": "gpt-4o"}}]})


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ollama/llama3.1:8b", "ollama/llama3.2:3b"),
        ("llama3.1:8b-instruct-q8_0", "llama3.2:3b-instruct-q8_0"),
        ("openrouter/anthropic/claude-3.5-sonnet", "openrouter/anthropic/claude-3.5-haiku"),
        ("bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0", "bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0"),
        ("openai:gpt-4o", "openai:gpt-4o-mini"),
        ("anthropic/claude-3-5-sonnet-20240620", "anthropic/claude-3-5-haiku-latest"),
        ("claude-sonnet-4-5-20250929", "claude-haiku-4-5"),
    ],
)
def test_switch_targets_keep_the_route(written: str, expected: str) -> None:
    assert expected in [s.text for s in switch_targets(written)]


def test_no_targets_for_unknown_models_heavier_tiers_or_foreign_vendors_on_a_vendor_api() -> None:
    assert switch_targets("my-private-model") == []
    assert switch_targets("groq/llama-3.1-8b-instant") == []  # a host whose own ids are not in the data
    mini = switch_targets("gpt-4o-mini")
    assert mini and all(s.tier == "light" and s.same_vendor for s in mini)
    quantised = switch_targets("llama3.1:8b-instruct-q8_0")
    assert quantised and all(s.same_vendor for s in quantised)  # tag suffixes are only carried within a vendor
