"""The accelerator catalog: published datasheet figures for the GPUs and TPUs LLMs are served on.

Data: ``rice_core/data/catalog/hardware.json``. Names are matched case-insensitively, with or without the vendor
word, memory type or form factor: ``h100``, ``H100-SXM``, ``nvidia-h100-80gb-hbm3``, ``NVIDIA A100-SXM4-40GB``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rice_core.catalog._load import EntryReader, build_index, entries, read_catalog
from rice_core.catalog.specs import HardwareSpec

FILENAME = "hardware.json"
_VENDOR = re.compile(r"^(nvidia|amd|google|tesla|instinct)-")
_DECORATION = re.compile(r"-(hbm3e|hbm3|hbm2e|hbm2|gddr6x?|tensor-core-gpu|gpu|accelerator)$")


def lookup_hardware(name: str) -> HardwareSpec | None:
    """The catalog entry for an accelerator name, or ``None`` when unknown."""
    if not isinstance(name, str) or not name.strip():
        return None
    specs, index = _catalog()
    for key in _candidate_keys(name):
        if key in index:
            return specs[index[key]]
    return None


def all_hardware() -> tuple[HardwareSpec, ...]:
    """Every accelerator, in file order."""
    return tuple(_catalog()[0].values())


def hardware_key(name: str) -> str:
    """Lower-case key with spaces, dots and underscores as ``-``: ``NVIDIA A100-SXM4-40GB`` → ``nvidia-a100-sxm4-40gb``."""
    return re.sub(r"-{2,}", "-", re.sub(r"[\s._/]+", "-", name.strip().lower())).strip("-")


def _candidate_keys(name: str) -> list[str]:
    key = hardware_key(name)
    out = [key]
    for pattern in (_VENDOR, _VENDOR, _DECORATION, _DECORATION):
        key = pattern.sub("", key)
        if key not in out:
            out.append(key)
    return out


@cache
def _catalog() -> tuple[dict[str, HardwareSpec], dict[str, str]]:
    return parse_hardware(read_catalog(FILENAME))


def parse_hardware(data: dict[str, Any]) -> tuple[dict[str, HardwareSpec], dict[str, str]]:
    """Validate the raw JSON; returns (id → spec, key → id). Raises ``CatalogError`` naming entry and field."""
    specs = {spec.id: spec for spec in map(_hardware, entries(FILENAME, data, "hardware"))}
    names = [(spec.id, name) for spec in specs.values() for name in (spec.id, spec.name, *spec.aliases)]
    return specs, build_index(FILENAME, names, hardware_key)


def _hardware(reader: EntryReader) -> HardwareSpec:
    return HardwareSpec(
        id=reader.id,
        name=reader.text("name"),
        vendor=reader.text("vendor"),
        memory_gb=reader.number("memory_gb"),
        tdp_w=reader.number("tdp_w"),
        fp16_tflops=reader.number("fp16_tflops"),
        mem_bw_gbps=reader.number("mem_bw_gbps"),
        sources=reader.sources(),
        fp8_tflops=reader.optional_number("fp8_tflops"),
        aliases=reader.strings("aliases"),
    )
