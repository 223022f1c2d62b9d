"""The life-cycle formulas: small, pure, units in every name. Ranges are ``Range(low, high)``.

device_s          = devices × latency_s / batch_size                     this request's device-seconds
per_device_kg     = gpu_kgco2e + server_kgco2e / gpus_per_server         one device and its share of the host
embodied_g        = per_device_kg × 1000 × device_s / (lifetime_s × utilisation)
water_onsite_ml   = it_energy_wh × WUE_onsite                            (Wh × L/kWh = mL)
water_offsite_ml  = it_energy_wh × PUE × WUE_offsite                     = facility energy × WUE_offsite
primary_energy_mj = energy_wh / 1000 × PE                                (MJ/kWh of the country's electricity)
"""

from __future__ import annotations

from rice_core.ranges import Range

SECONDS_PER_YEAR = 365.25 * 24 * 3600


def device_seconds(devices: float, latency_s: float, batch_size: float) -> float:
    """Device-seconds one request occupies: all its devices for its latency, shared with the batch it rides in
    (batch below 1 counts as 1, as in the engines)."""
    return devices * latency_s / max(batch_size, 1.0)


def per_device_kgco2e(gpu_kgco2e: float, server_kgco2e: float, gpus_per_server: int) -> float:
    """Manufacturing CO2e of one accelerator plus its share of the host server, kg."""
    return gpu_kgco2e + server_kgco2e / gpus_per_server


def embodied_g(per_device_kg: float, device_s: float, lifetime_years: float, utilisation: float) -> float:
    """Grams of manufacturing CO2e charged to ``device_s`` device-seconds: the device's footprint spread over the
    seconds it serves in its life (lifetime × utilisation)."""
    return per_device_kg * 1000.0 * device_s / (lifetime_years * SECONDS_PER_YEAR * utilisation)


def embodied_range_g(per_device_kg: Range, device_s: float, lifetime_years: Range, utilisation: Range) -> Range:
    """Low: the smallest footprint over the longest, busiest life; high: the largest over the shortest, idlest."""
    return Range(
        embodied_g(per_device_kg.low, device_s, lifetime_years.high, utilisation.high),
        embodied_g(per_device_kg.high, device_s, lifetime_years.low, utilisation.low),
    )


def water_onsite_ml(it_energy_wh: float, wue_l_per_kwh: float) -> float:
    """Cooling water evaporated in the data centre, mL: IT energy × on-site WUE."""
    return it_energy_wh * wue_l_per_kwh


def water_offsite_ml(it_energy_wh: float, pue: float, wue_l_per_kwh: float) -> float:
    """Water consumed to generate the facility's electricity, mL: IT energy × PUE × the grid's water factor."""
    return it_energy_wh * pue * wue_l_per_kwh


def primary_energy_mj(energy_wh: float, pe_mj_per_kwh: float) -> float:
    """Primary energy behind ``energy_wh`` of the grid's electricity, MJ."""
    return energy_wh / 1000.0 * pe_mj_per_kwh
