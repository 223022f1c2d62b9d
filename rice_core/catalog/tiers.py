"""Quality tiers and route-specific ids: which models a call could switch to without changing where it runs.

Data: ``rice_core/data/catalog/quality_tiers.json``, keyed by ``models.json`` id. A tier (``top``, ``mid``,
``light``) says where a model sits in its vendor's line-up, from the vendor's own description (open weights: by
size class); it is a positioning, not a measured score. ``routes`` give the id the same model has on each route
(``api``: the vendor's own API; ``openrouter``; ``bedrock``; ``ollama``), so a rewrite keeps the route.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, entries, read_catalog
from rice_core.errors import CatalogError

FILENAME = "quality_tiers.json"
TIERS = ("top", "mid", "light")  # best first
ROUTES = ("api", "openrouter", "bedrock", "ollama")


@dataclass(frozen=True)
class TierEntry:
    model_id: str
    tier: str
    routes: dict[str, str]  # route → the model's id on it
    sources: tuple[str, ...]

    @property
    def rank(self) -> int:
        """0 for ``top``; larger is lighter."""
        return TIERS.index(self.tier)


def tier_of(model_id: str) -> TierEntry | None:
    """The tier entry of a ``models.json`` id, or ``None`` (models without one get no switch suggestions)."""
    return _catalog().get(model_id)


def all_tiers() -> tuple[TierEntry, ...]:
    return tuple(_catalog().values())


@cache
def _catalog() -> dict[str, TierEntry]:
    return parse_tiers(read_catalog(FILENAME))


def parse_tiers(data: dict[str, Any]) -> dict[str, TierEntry]:
    """Validate the raw JSON; raises ``CatalogError`` naming the entry and field."""
    if not isinstance(data.get("tiers"), dict) or set(data["tiers"]) != set(TIERS):
        raise CatalogError(f"catalog {FILENAME}: 'tiers' must define exactly {list(TIERS)}")
    return {reader.id: _entry(reader) for reader in entries(FILENAME, data, "models")}


def _entry(reader: EntryReader) -> TierEntry:
    routes = reader.raw.get("routes")
    if not isinstance(routes, dict) or not routes:
        reader.fail("routes", "must be a non-empty object")
    for route, name in routes.items():
        if route not in ROUTES:
            reader.fail("routes", f"has unknown route {route!r}; expected one of {list(ROUTES)}")
        if not isinstance(name, str) or not name.strip():
            reader.fail("routes", f"{route!r} must be a non-empty string")
    return TierEntry(reader.id, reader.choice("tier", TIERS), dict(routes), reader.sources())
