"""The life-cycle catalogs, read on first use and checked: every figure has ``sources`` and a ``[low, high]`` range.

* ``embodied.json``: per accelerator, its manufacturing CO2e and its share of the server's; how it is amortised.
* ``water.json``: on-site water usage effectiveness (L/kWh of IT energy) per data-centre operator, and the provider
  profiles and cloud prefixes each one covers.
* ``electricity_water.json``: per country, off-site water (L/kWh) and primary energy (MJ/kWh) of electricity
  (EcoLogits 0.11.3's table, MPL-2.0; the notice travels in the file).

A failure raises ``CatalogError`` naming the file, the entry and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, entries, read_catalog
from rice_core.errors import CatalogError
from rice_core.ranges import Range

EMBODIED = "embodied.json"
WATER = "water.json"
ELECTRICITY = "electricity_water.json"


@dataclass(frozen=True)
class EmbodiedSpec:
    """Manufacturing CO2e of one accelerator and of the server that hosts ``gpus_per_server`` of them."""

    id: str
    gpu_kgco2e: float
    gpu_range_kgco2e: Range
    server_kgco2e: float
    server_range_kgco2e: Range
    gpus_per_server: int
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Amortisation:
    """Over how long, and how busily, a device's manufacturing footprint is spread."""

    lifetime_years: float
    lifetime_range_years: Range
    utilisation: float
    utilisation_range: Range
    default_hardware: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class WaterOperator:
    """On-site water of one data-centre operator, L per kWh of IT energy."""

    id: str
    name: str
    wue_l_per_kwh: float
    wue_range_l_per_kwh: Range
    cloud: str | None
    providers: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ElectricityWater:
    """Off-site water (L/kWh) and primary energy (MJ/kWh) of one country's electricity; ``world_default`` names
    the factors EcoLogits filled with its world figure for lack of national data."""

    zone: str  # ISO 3166-1 alpha-3, WOR = world
    wue_l_per_kwh: float
    pe_mj_per_kwh: float
    world_default: tuple[str, ...]


def _range(reader: EntryReader, field: str, central: float, zero_ok: bool = False) -> Range:
    value: Any = reader.raw.get(field)
    ok = isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value)
    if not ok or value[0] < 0 or (not zero_ok and value[0] <= 0):
        reader.fail(field, f"must be [low, high] of {'non-negative' if zero_ok else 'positive'} numbers, got {value!r}")
    if not value[0] <= central <= value[1]:
        reader.fail(field, f"must contain the central figure {central:g}, got {value!r}")
    return Range(float(value[0]), float(value[1]))


def _non_negative(reader: EntryReader, field: str) -> float:
    value = reader.number(field, positive=False)
    if value < 0:
        reader.fail(field, f"must be >= 0, got {value!r}")
    return value


def _embodied(reader: EntryReader) -> EmbodiedSpec:
    gpu, server = reader.number("gpu_kgco2e"), reader.number("server_kgco2e")
    return EmbodiedSpec(
        id=reader.id,
        gpu_kgco2e=gpu,
        gpu_range_kgco2e=_range(reader, "gpu_range_kgco2e", gpu),
        server_kgco2e=server,
        server_range_kgco2e=_range(reader, "server_range_kgco2e", server),
        gpus_per_server=reader.integer("gpus_per_server"),
        sources=reader.sources(),
    )


@cache
def embodied_catalog() -> tuple[Amortisation, dict[str, EmbodiedSpec]]:
    """(amortisation, hardware id → spec); the default hardware must have an entry."""
    return parse_embodied(read_catalog(EMBODIED))


def parse_embodied(data: dict[str, Any]) -> tuple[Amortisation, dict[str, EmbodiedSpec]]:
    raw = data.get("amortisation")
    reader = EntryReader(EMBODIED, {"id": "amortisation", **raw} if isinstance(raw, dict) else raw, 0)
    life, use = reader.number("lifetime_years"), reader.number("utilisation")
    if use > 1:
        reader.fail("utilisation", f"must be a share of time in (0, 1], got {use!r}")
    amortisation = Amortisation(
        lifetime_years=life,
        lifetime_range_years=_range(reader, "lifetime_range_years", life),
        utilisation=use,
        utilisation_range=_range(reader, "utilisation_range", use),
        default_hardware=reader.text("default_hardware"),
        sources=reader.sources(),
    )
    if amortisation.utilisation_range.high > 1:
        reader.fail("utilisation_range", "must lie in (0, 1]")
    specs = {spec.id: spec for spec in map(_embodied, entries(EMBODIED, data, "hardware"))}
    if amortisation.default_hardware not in specs:
        reader.fail("default_hardware", f"names no hardware entry: {amortisation.default_hardware!r}")
    return amortisation, specs


def _operator(reader: EntryReader) -> WaterOperator:
    wue = _non_negative(reader, "wue_l_per_kwh")
    cloud = reader.raw.get("cloud")
    return WaterOperator(
        id=reader.id,
        name=reader.text("name"),
        wue_l_per_kwh=wue,
        wue_range_l_per_kwh=_range(reader, "wue_range_l_per_kwh", wue, zero_ok=True),
        cloud=reader.text("cloud") if cloud is not None else None,
        providers=reader.strings("providers"),
        sources=reader.sources(),
    )


@cache
def water_catalog() -> tuple[dict[str, WaterOperator], dict[str, str], dict[str, str], str]:
    """(operator id → operator, provider id → operator id, cloud prefix → operator id, default operator id)."""
    return parse_water(read_catalog(WATER))


def parse_water(data: dict[str, Any]) -> tuple[dict[str, WaterOperator], dict[str, str], dict[str, str], str]:
    operators = {op.id: op for op in map(_operator, entries(WATER, data, "operators"))}
    by_provider: dict[str, str] = {}
    by_cloud: dict[str, str] = {}
    for op in operators.values():
        for provider in op.providers:
            if provider in by_provider:
                raise CatalogError(f"catalog {WATER}: entry {op.id!r}: field 'providers' repeats {provider!r}")
            by_provider[provider] = op.id
        if op.cloud is not None:
            by_cloud[op.cloud] = op.id
    default = data.get("default")
    if default not in operators:
        raise CatalogError(f"catalog {WATER}: field 'default' names no operator: {default!r}")
    return operators, by_provider, by_cloud, str(default)


@cache
def electricity_catalog() -> tuple[dict[str, ElectricityWater], Range, tuple[str, ...]]:
    """(alpha-3 zone → factors, the off-site water range factor, its sources); ``WOR`` must exist."""
    return parse_electricity(read_catalog(ELECTRICITY))


def parse_electricity(data: dict[str, Any]) -> tuple[dict[str, ElectricityWater], Range, tuple[str, ...]]:
    if "Mozilla Public License" not in str(data.get("_license", "")):
        raise CatalogError(f"catalog {ELECTRICITY}: the MPL-2.0 notice ('_license') must travel with the table")
    factor = EntryReader(ELECTRICITY, {"id": "range", **data}, 0)
    span = factor.span("range_factor")
    if span is None or not span.low <= 1.0 <= span.high:
        factor.fail("range_factor", "must be [low, high] around 1")
    mixes: dict[str, ElectricityWater] = {}
    for raw in data.get("mixes") or []:
        reader = EntryReader(ELECTRICITY, {"id": raw.get("zone"), **raw} if isinstance(raw, dict) else raw, 0)
        mixes[reader.id] = ElectricityWater(
            zone=reader.id,
            wue_l_per_kwh=_non_negative(reader, "wue_l_per_kwh"),
            pe_mj_per_kwh=_non_negative(reader, "pe_mj_per_kwh"),
            world_default=reader.strings("warnings"),
        )
    if "WOR" not in mixes:
        raise CatalogError(f"catalog {ELECTRICITY}: zone 'WOR' (world) is missing")
    return mixes, span, factor.strings("range_sources", required=True)
