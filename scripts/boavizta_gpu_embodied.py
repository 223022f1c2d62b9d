"""Print Boavizta's bottom-up manufacturing GWP (kgCO2e) of the accelerators in R-ICE's hardware catalog.

The figures in ``rice_core/data/catalog/embodied.json`` that cite "Boavizta bottom-up" come from this script. It
re-implements ``boaviztapi`` 2.5.0's ``gpu_impact_embedded`` for the ``gwp`` criterion (casing, heatsink, PCB, GPU
die, VRAM dies, upstream transport, distribution, end of life) on the package's own data files, so that nothing of
boaviztapi (AGPL-3.0) is shipped or imported, only its published figures are cited. Checked equal (to 0.1 kg) to
boaviztapi 2.5.0's own ``gpu_impact_embedded`` for the H100, A100 40GB, H200, B200, L4, T4 and MI300X. Run it as::

    pip download boaviztapi==2.5.0 --no-deps -d /tmp/bz && cd /tmp/bz && unzip -qo boaviztapi-2.5.0-*.whl
    python scripts/boavizta_gpu_embodied.py /tmp/bz/boaviztapi/data

Build-time only (needs pyyaml); nothing in ``rice_core`` imports it.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import yaml

KERF_MM = 0.2
WAFER_MM = 300.0
VRAM_MM2_PER_GB = 15.5
# catalog id -> (row of crowdsourcing/gpu_specs.csv, VRAM GB override or None, note)
ROWS = {
    "a100-40gb": ("NVIDIA A100 SXM4 40GB", None),
    "a100-80gb": ("NVIDIA A100 SXM4 80GB", None),
    "a100-80gb-pcie": ("NVIDIA A100 PCIe 80GB", None),
    "h100-sxm": ("NVIDIA H100 SXM 80GB", None),
    "h100-pcie": ("NVIDIA H100 PCIe 80GB", None),
    "h200": ("NVIDIA H200 SXM 141GB", None),
    "b200": ("NVIDIA B200 180GB", None),
    "l4": ("NVIDIA L4", None),
    "l40s": ("NVIDIA L40S 48GB", None),
    "a10g": ("NVIDIA A10", None),
    "t4": ("NVIDIA T4", None),
    "mi300x": ("AMD Instinct MI300X 192GB", None),
    "h20": ("NVIDIA H100 SXM 80GB", 96.0),  # same GH100 die, 96 GB HBM3 in 6 stacks
    "rtx-4090": ("NVIDIA L40S 48GB", 24.0),  # same AD102 die, 24 GB in 12 GDDR6X chips
}
DEFAULTS = {"mass": 1.69, "mass_heatsink": 0.90, "mass_casing": 0.79, "pwb_surface": 296.0}  # archetype DEFAULT


def effective_area_mm2(die_mm2: float) -> float:
    """Wafer area one good die costs: kerf, edge loss of a 300 mm wafer, and yield (boaviztapi's circular model)."""
    width = math.sqrt(die_mm2) + KERF_MM
    area = width * width
    wafer = math.pi * (WAFER_MM / 2) ** 2
    dies = wafer / area - math.pi * WAFER_MM / math.sqrt(2 * area)
    effective = area * wafer / (dies * area)
    return effective / math.exp(-math.sqrt(area / 100 * 0.1))


def gwp_kg(row: dict[str, str], factors: dict, vram_gb: float | None) -> float:
    """Manufacturing + distribution + end-of-life GWP of one card, kgCO2e."""

    def value(key: str) -> float:
        return float(row[key]) if row.get(key) else DEFAULTS[key]

    def factor(component: str, phase: str) -> float:
        return float(factors["gpu"][component][phase]["gwp"]["impact"])

    vram = vram_gb if vram_gb is not None else float(row["vram"])
    vram_dies = float(row["number"]) * (vram / float(row["vram"]) if vram_gb is not None else 1.0)
    vram_area = effective_area_mm2(vram * VRAM_MM2_PER_GB / vram_dies) * vram_dies
    mass = value("mass")
    return (
        factor("casing", "manufacture") * value("mass_casing")
        + factor("heatsink", "manufacture") * value("mass_heatsink")
        + factor("pwb", "manufacture") * value("pwb_surface")
        + factor("gpu", "manufacture") * float(row["die_surface"])
        + factor("vram", "manufacture") * vram_area
        + factor("upstream_transport", "manufacture") * mass
        + factor("transport_boat", "distribution") * float(row["distance_boat"]) * mass
        + factor("transport_truck", "distribution") * float(row["distance_truck"]) * mass
        + factor("transport_plane", "distribution") * float(row["distance_plane"]) * mass
        + factor("end_of_life", "eol") * mass
    )


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path("/tmp/bz/boaviztapi/data")
    factors = yaml.safe_load((data / "factors.yml").read_text(encoding="utf-8"))
    with (data / "crowdsourcing" / "gpu_specs.csv").open(encoding="utf-8") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    for hardware_id, (name, vram_gb) in ROWS.items():
        print(f"{hardware_id:<16} {gwp_kg(rows[name], factors, vram_gb):7.1f} kgCO2e  ({name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
