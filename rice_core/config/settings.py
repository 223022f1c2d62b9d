"""One settings schema shared by rice.yaml / .rice.yaml / [tool.rice], the CLI and the language server.

The dataclasses are the schema; ``load_config``/``parse_config`` (see ``rice_core/config/load.py``) validate and
build them, naming file, line and key on error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PERIOD_HOURS: dict[str, float] = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0}


@dataclass(frozen=True)
class Volume:
    """A request rate such as 1000/day; ``per_period`` converts between units (a month is 730 h)."""

    requests: float
    per: str = "day"

    def per_period(self, period: str) -> float:
        return self.requests * PERIOD_HOURS[period] / PERIOD_HOURS[self.per]

    def __str__(self) -> str:
        return f"{self.requests:,.0f}/{self.per}"


@dataclass(frozen=True)
class Defaults:
    region: str | None = None  # grid zone id, country code or cloud region ("aws:us-east-1")
    grid_gco2e_per_kwh: float | None = None  # overrides region
    hardware: str | None = None
    pue: float | None = None
    output_tokens: int = 300  # when a call sets no max tokens
    model: str = "gpt-4o-mini"  # when a call's model cannot be resolved
    placeholder_tokens: int = 50  # tokens counted per unresolved template placeholder
    batch_size: float | None = None  # None → provider profile default
    precision: str | None = None
    power_model: str | None = None  # None → "calibrated"
    stack: str | None = None  # serving stack (physics/stacks.py); None → the provider profile's, else vllm-2025


@dataclass(frozen=True)
class VolumeOverride:
    match: str  # glob on path, optionally "path::function"
    volume: Volume


@dataclass(frozen=True)
class VolumeConfig:
    default: Volume = Volume(1000, "day")
    overrides: tuple[VolumeOverride, ...] = ()


@dataclass(frozen=True)
class Budget:
    period: str = "month"
    co2e_kg: float | None = None  # whole code base at the configured volume
    per_call_co2e_g: float | None = None  # ceiling for any single call (per request)
    compare: Literal["central", "high"] = "central"
    scope: Literal["operational", "life-cycle"] = "operational"  # life-cycle adds embodied (manufacturing) CO2e
    water_l: float | None = None  # cap on the whole code base's water (on-site + off-site), litres per period


@dataclass(frozen=True)
class ScanConfig:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class KindRule:
    match: str  # glob on path, optionally "path::function" (as volume overrides)
    kind: str  # kind of work: chat, code, classification, extraction, summarisation, long-form


@dataclass(frozen=True)
class TokensConfig:
    """Issue 16: expected tokens. Placeholder sizes by name (exact or glob) and kinds of work by path glob."""

    placeholders: tuple[tuple[str, int], ...] = ()
    kinds: tuple[KindRule, ...] = ()


@dataclass(frozen=True)
class RiceConfig:
    defaults: Defaults = field(default_factory=Defaults)
    volume: VolumeConfig = field(default_factory=VolumeConfig)
    budget: Budget = field(default_factory=Budget)
    scan: ScanConfig = field(default_factory=ScanConfig)
    source_path: str | None = None  # the file it came from (None: built-in defaults)
    key_lines: dict[str, int] = field(default_factory=dict)  # "budget.co2e_kg" → line, for diagnostics
    tokens: TokensConfig = field(default_factory=TokensConfig)
