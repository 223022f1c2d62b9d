"""Hardware of the shipped measurements: from the hardware catalog, or datasheet figures while it has no entry."""
from __future__ import annotations

from rice_core.catalog.specs import HardwareSpec
from rice_core.errors import CatalogError

_NVIDIA = "https://www.nvidia.com/en-us/data-center/"
# Dense (no sparsity) fp16/bf16 tensor FLOP/s, HBM bandwidth and TDP of the SXM parts, from NVIDIA's datasheets.
DATASHEET: dict[str, HardwareSpec] = {
    "a100-40gb": HardwareSpec("a100-40gb", "NVIDIA A100 SXM4 40GB", "nvidia", 40.0, 400.0, 312.0, 1555.0,
                              (_NVIDIA + "a100/",)),
    "a100-80gb": HardwareSpec("a100-80gb", "NVIDIA A100 SXM4 80GB", "nvidia", 80.0, 400.0, 312.0, 2039.0,
                              (_NVIDIA + "a100/",)),
    "h100-sxm": HardwareSpec("h100-sxm", "NVIDIA H100 SXM5 80GB", "nvidia", 80.0, 700.0, 989.0, 3350.0,
                             (_NVIDIA + "h100/",), fp8_tflops=1979.0),
}

# The GPU labels of ML.ENERGY v2 and the id of the same part
MLENERGY_GPU_IDS = {"NVIDIA A100-SXM4-40GB": "a100-40gb", "NVIDIA H100 80GB HBM3": "h100-sxm"}


def hardware_spec(hardware_id: str) -> HardwareSpec:
    """The catalog's spec for ``hardware_id`` when the catalog has it, else the datasheet figures above."""
    try:
        from rice_core.catalog.hardware import lookup_hardware
        spec = lookup_hardware(hardware_id)
    except (ImportError, CatalogError):  # catalog not built yet in this tree
        spec = None
    return spec if isinstance(spec, HardwareSpec) else DATASHEET[hardware_id]
