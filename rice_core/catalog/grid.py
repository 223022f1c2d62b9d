"""The grid catalog: carbon intensity of electricity per country, the world average, and cloud regions.

Data: ``rice_core/data/catalog/grid.json`` (regenerate countries with ``scripts/build_grid_catalog.py``).
Accepted names: ``world``, ISO-3166 alpha-2 (``FR``) and alpha-3 (``FRA``) codes, country names (``France``),
cloud regions with or without their cloud (``aws:us-east-1``, ``us-east-1``, ``gcp:europe-west1``,
``azure:westeurope``). A cloud region's intensity is that of the grid it maps to (``parent``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, build_index, entries, read_catalog
from rice_core.catalog.specs import GridZone

FILENAME = "grid.json"
CLOUDS = ("aws", "gcp", "azure")


def lookup_grid(region: str) -> GridZone | None:
    """The grid zone for a region name or code, or ``None`` when unknown."""
    if not isinstance(region, str) or not region.strip():
        return None
    zones, index = _catalog()
    for key in _candidate_keys(region):
        if key in index:
            return zones[index[key]]
    return None


def all_grids() -> tuple[GridZone, ...]:
    """World, countries, then cloud regions, in file order."""
    return tuple(_catalog()[0].values())


def grid_key(name: str) -> str:
    """Lower-case key: ``United Kingdom`` → ``united-kingdom``, ``AWS:us_east_1`` → ``aws:us-east-1``."""
    key = re.sub(r"[\s._]+", "-", name.strip().lower())
    key = re.sub(r"^(google|gcloud|google-cloud)(?=:)", "gcp", key)
    return re.sub(r"^(amazon|ec2)(?=:)", "aws", key)


def _candidate_keys(region: str) -> list[str]:
    key = grid_key(region)
    out = [key]
    if ":" not in key:  # a bare region id: try each cloud (region names do not collide across clouds)
        out.extend(f"{cloud}:{key}" for cloud in CLOUDS)
    return out


@cache
def _catalog() -> tuple[dict[str, GridZone], dict[str, str]]:
    return parse_grid(read_catalog(FILENAME))


def parse_grid(data: dict[str, Any]) -> tuple[dict[str, GridZone], dict[str, str]]:
    """Validate countries and cloud regions; a region's parent must exist. Returns (id → zone, key → id)."""
    zones: dict[str, GridZone] = {}
    names: list[tuple[str, str]] = []
    for reader in entries(FILENAME, data, "zones"):
        zone = _zone(reader)
        zones[zone.id] = zone
        names.extend((zone.id, n) for n in (zone.id, zone.name, *reader.strings("aliases")))
    for reader in entries(FILENAME, data, "cloud_regions"):
        zone = _cloud_region(reader, zones)
        if zone.id in zones:
            reader.fail("id", "is a duplicate of a zone id")
        zones[zone.id] = zone
        names.append((zone.id, zone.id))
    return zones, build_index(FILENAME, names, grid_key)


def _zone(reader: EntryReader) -> GridZone:
    return GridZone(
        id=reader.id,
        name=reader.text("name"),
        gco2e_per_kwh=reader.number("gco2e_per_kwh"),
        year=reader.integer("year"),
        sources=reader.sources(),
    )


def _cloud_region(reader: EntryReader, zones: dict[str, GridZone]) -> GridZone:
    if reader.id.split(":", 1)[0] not in CLOUDS or ":" not in reader.id:
        reader.fail("id", f"must look like '<cloud>:<region>' with cloud in {list(CLOUDS)}")
    parent = zones.get(reader.text("parent"))
    if parent is None:
        reader.fail("parent", f"names no zone: {reader.raw.get('parent')!r}")
    return GridZone(
        id=reader.id,
        name=reader.text("name"),
        gco2e_per_kwh=parent.gco2e_per_kwh,
        year=parent.year,
        sources=reader.sources() + parent.sources,
        parent=parent.id,
    )
