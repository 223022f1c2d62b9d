"""Hardware of the shipped measurements, from the hardware catalog (one source of datasheet figures)."""

from __future__ import annotations

from rice_core.catalog.hardware import lookup_hardware
from rice_core.catalog.specs import HardwareSpec
from rice_core.errors import CatalogError

# The GPU labels of ML.ENERGY v2 and the catalog id of the same part
MLENERGY_GPU_IDS = {"NVIDIA A100-SXM4-40GB": "a100-40gb", "NVIDIA H100 80GB HBM3": "h100-sxm"}


def hardware_spec(hardware_id: str) -> HardwareSpec:
    """The catalog's spec for ``hardware_id``; a missing entry is a packaging bug."""
    spec = lookup_hardware(hardware_id)
    if not isinstance(spec, HardwareSpec):
        raise CatalogError(f"hardware catalog has no {hardware_id!r}, needed by the calibration data")
    return spec
