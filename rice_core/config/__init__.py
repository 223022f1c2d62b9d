"""Settings: the schema (``settings``), the loader that validates rice.yaml / [tool.rice] (``load``), the per-key
converters (``schema``) and the catalog checks they call (``catalog``). The dataclasses are re-exported here."""

from __future__ import annotations

from rice_core.config.settings import (
    PERIOD_HOURS,
    Budget,
    Defaults,
    RiceConfig,
    ScanConfig,
    Volume,
    VolumeConfig,
    VolumeOverride,
)

__all__ = ["PERIOD_HOURS", "Budget", "Defaults", "RiceConfig", "ScanConfig", "Volume", "VolumeConfig", "VolumeOverride"]
