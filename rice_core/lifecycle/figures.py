"""Fill an ``Estimate``'s life-cycle fields from what the engine already computed (devices, latency, batch share,
accelerator and facility energy, PUE, region) and the sourced catalogs, each input recorded as an ``Assumption``.

Who cools the data centre: a cloud region's operator (``aws:…`` → AWS) when the region names one, else the
operator of the model's provider profile, else the industry average. Whose electricity: the country of the grid
zone (a cloud region's parent, a US state's country); a custom grid intensity counts as the world's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any

from rice_core.lifecycle import formulas as f
from rice_core.lifecycle.data import (
    ElectricityWater,
    EmbodiedSpec,
    WaterOperator,
    electricity_catalog,
    embodied_catalog,
    water_catalog,
)
from rice_core.ranges import Range
from rice_core.result import Assumption, Estimate


def with_lifecycle(estimate: Estimate) -> Estimate:
    """The same estimate with its embodied CO2e, water and primary energy filled in."""
    return dataclasses.replace(estimate, **lifecycle_fields(estimate))


@dataclass(frozen=True)
class Context:
    """What depends only on (hardware, model, region): catalog figures and the assumptions recording them."""

    per_device_kg: float
    per_device_range_kg: Range
    lifetime_years: float
    lifetime_range_years: Range
    utilisation: float
    utilisation_range: Range
    wue_onsite: Range  # (low, high)
    wue_onsite_central: float
    wue_offsite: float
    offsite_factor: Range
    pe_mj_per_kwh: float
    notes: tuple[Assumption, ...]


def lifecycle_fields(e: Estimate) -> dict[str, Any]:
    """The life-cycle fields of ``Estimate`` for ``e`` (assumptions: ``e``'s, then the life-cycle ones)."""
    return lifecycle_values(
        hardware=e.hardware,
        model=e.model,
        region=e.region,
        devices=e.devices,
        latency_s=e.latency_s,
        batch_size=e.batch_size,
        gpu_energy_wh=e.gpu_energy_wh,
        energy_wh=e.energy_wh,
        energy_range_wh=e.energy_range_wh,
        pue=e.pue,
        co2e_g=e.co2e_g,
        co2e_range_g=e.co2e_range_g,
        assumptions=e.assumptions,
    )


def lifecycle_values(
    *,
    hardware: str,
    model: str | None,
    region: str,
    devices: int,
    latency_s: float,
    batch_size: float,
    gpu_energy_wh: float,
    energy_wh: float,
    energy_range_wh: Range,
    pue: float,
    co2e_g: float,
    co2e_range_g: Range,
    assumptions: tuple[Assumption, ...],
) -> dict[str, Any]:
    """``lifecycle_fields`` from the operational figures themselves, so that ``estimate()`` builds its ``Estimate``
    once instead of building it and then copying it with these fields (estimator/api.py's hot path)."""
    c = context(hardware, model, region)
    device_s = f.device_seconds(devices, latency_s, batch_size)
    embodied = f.embodied_g(c.per_device_kg, device_s, c.lifetime_years, c.utilisation)
    span = f.embodied_range_g(c.per_device_range_kg, device_s, c.lifetime_range_years, c.utilisation_range)
    it_wh = gpu_energy_wh  # R-ICE's IT energy: the accelerators' share (facility energy / PUE)
    it_low, it_high = energy_range_wh.low / pue, energy_range_wh.high / pue
    onsite = f.water_onsite_ml(it_wh, c.wue_onsite_central)
    offsite = f.water_offsite_ml(it_wh, pue, c.wue_offsite)
    low = f.water_onsite_ml(it_low, c.wue_onsite.low) + f.water_offsite_ml(
        it_low, pue, c.wue_offsite * c.offsite_factor.low
    )
    high = f.water_onsite_ml(it_high, c.wue_onsite.high) + f.water_offsite_ml(
        it_high, pue, c.wue_offsite * c.offsite_factor.high
    )
    return {
        "embodied_co2e_g": embodied,
        "embodied_co2e_range_g": span,
        "lifecycle_co2e_g": co2e_g + embodied,
        "lifecycle_co2e_range_g": Range(co2e_range_g.low + span.low, co2e_range_g.high + span.high),
        "water_ml": onsite + offsite,
        "water_onsite_ml": onsite,
        "water_offsite_ml": offsite,
        "water_range_ml": Range(low, high),
        "primary_energy_mj": f.primary_energy_mj(energy_wh, c.pe_mj_per_kwh),
        "assumptions": assumptions + c.notes,
    }


def embodied_for(hardware: str) -> tuple[EmbodiedSpec, str]:
    """The hardware's embodied figures, or the default hardware's with a note saying so."""
    amortisation, specs = embodied_catalog()
    if hardware in specs:
        return specs[hardware], ""
    return specs[amortisation.default_hardware], f"no figure for {hardware}; {amortisation.default_hardware}'s used"


@cache
def context(hardware: str, model: str | None, region: str) -> Context:
    """The catalog figures of one (hardware, model, region), looked up once."""
    amortisation = embodied_catalog()[0]
    spec, fallback = embodied_for(hardware)
    n = spec.gpus_per_server
    per_device = f.per_device_kgco2e(spec.gpu_kgco2e, spec.server_kgco2e, n)
    per_device_range = Range(
        f.per_device_kgco2e(spec.gpu_range_kgco2e.low, spec.server_range_kgco2e.low, n),
        f.per_device_kgco2e(spec.gpu_range_kgco2e.high, spec.server_range_kgco2e.high, n),
    )
    operator, source = operator_for(model, region)
    mix = electricity_for_region(region)
    life, use, wue = amortisation.lifetime_range_years, amortisation.utilisation_range, operator.wue_range_l_per_kwh
    detail = f"{spec.id}: GPU {spec.gpu_kgco2e:g} + server {spec.server_kgco2e:g}/{n} kgCO2e"
    notes = (
        Assumption("embodied_kgco2e_per_device", round(per_device, 1), "catalog", fallback or detail),
        Assumption(
            "hardware_lifetime_years", amortisation.lifetime_years, "default", f"range {life.low:g}-{life.high:g}"
        ),
        Assumption(
            "utilisation", amortisation.utilisation, "default", f"share of life serving; range {use.low:g}-{use.high:g}"
        ),
        Assumption(
            "wue_onsite_l_per_kwh", operator.wue_l_per_kwh, source, f"{operator.name}; range {wue.low:g}-{wue.high:g}"
        ),
        Assumption("wue_offsite_l_per_kwh", mix.wue_l_per_kwh, "catalog", _mix_detail(mix, "wue")),
        Assumption("primary_energy_mj_per_kwh", mix.pe_mj_per_kwh, "catalog", _mix_detail(mix, "pe")),
    )
    return Context(
        per_device_kg=per_device,
        per_device_range_kg=per_device_range,
        lifetime_years=amortisation.lifetime_years,
        lifetime_range_years=life,
        utilisation=amortisation.utilisation,
        utilisation_range=use,
        wue_onsite=wue,
        wue_onsite_central=operator.wue_l_per_kwh,
        wue_offsite=mix.wue_l_per_kwh,
        offsite_factor=electricity_catalog()[1],
        pe_mj_per_kwh=mix.pe_mj_per_kwh,
        notes=notes,
    )


def _mix_detail(mix: ElectricityWater, factor: str) -> str:
    world = f"electricity-mix-{factor}-world" in mix.world_default
    return f"{mix.zone} electricity, EcoLogits 0.11.3" + ("; world figure, no national data" if world else "")


def operator_for(model: str | None, region: str) -> tuple[WaterOperator, str]:
    """(operator, where it came from: "region" | "provider" | "default")."""
    operators, by_provider, by_cloud, default = water_catalog()
    cloud = region.split(":", 1)[0] if ":" in region else None
    if cloud in by_cloud:
        return operators[by_cloud[cloud]], "region"
    provider = _provider_id(model)
    if provider in by_provider:
        return operators[by_provider[provider]], "provider"
    return operators[default], "default"


@cache
def _provider_id(model: str | None) -> str | None:
    if not model:
        return None
    from rice_core.catalog.models import lookup_model
    from rice_core.catalog.providers import provider_for_model

    spec = lookup_model(model)
    return provider_for_model(spec, model).id if spec is not None else None


@cache
def electricity_for_region(region: str) -> ElectricityWater:
    """The electricity factors of the region's country; the world's for a custom or unknown region."""
    from rice_core.catalog.grid import lookup_grid

    mixes = electricity_catalog()[0]
    zone = lookup_grid(region) if region else None
    country = (zone.parent or zone.id).split("-", 1)[0] if zone is not None else "world"
    return mixes.get(_alpha3_by_zone().get(country, "WOR"), mixes["WOR"])


@cache
def _alpha3_by_zone() -> dict[str, str]:
    """Grid zone id (alpha-2, ``world``) → the table's alpha-3 key, through the grid catalog's aliases."""
    from rice_core.catalog.grid import lookup_grid

    out: dict[str, str] = {}
    for alpha3 in electricity_catalog()[0]:
        zone = lookup_grid(alpha3)
        if zone is not None:
            out.setdefault(zone.id, alpha3)
    return out
