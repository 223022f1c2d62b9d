"""The immutable result of one estimate; ``to_dict`` gives exactly these fields in snake_case (CLI ``--format json``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from rice_core.problems import Problem
from rice_core.ranges import Range


@dataclass(frozen=True)
class Assumption:
    """One input of an estimate and where it came from: "argument", "catalog", "provider", "model-name", "default",
    "config", "fit", "stack" (the serving stack's default, e.g. llama.cpp's int4)."""

    name: str
    value: Any
    source: str
    detail: str = ""


@dataclass(frozen=True, kw_only=True)
class Estimate:
    """Per-request latency, energy and CO2e of one LLM call, with its range and every assumption behind it."""

    model: str | None
    params_b: float
    active_params_b: float
    hardware: str
    devices: int
    batch_size: float
    precision: str
    prompt_tokens: int
    output_tokens: int
    prefill_s: float
    decode_s: float
    latency_s: float
    gpu_energy_wh: float  # accelerators only, before PUE, this request's share
    energy_wh: float  # facility energy, PUE included
    co2e_g: float
    energy_range_wh: Range
    co2e_range_g: Range
    pue: float
    grid_gco2e_per_kwh: float
    region: str
    power_model: str
    assumptions: tuple[Assumption, ...] = ()
    warnings: tuple[Problem, ...] = ()
    reasoning_tokens: int = 0  # hidden reasoning tokens (counted in energy on top of output_tokens)
    # life cycle (issue 13; rice_core/lifecycle fills them): manufacturing CO2e, water, primary energy
    embodied_co2e_g: float = 0.0  # accelerators + their share of the server, amortised, this request's share
    embodied_co2e_range_g: Range = Range(0.0, 0.0)
    lifecycle_co2e_g: float = 0.0  # co2e_g (operational) + embodied_co2e_g
    lifecycle_co2e_range_g: Range = Range(0.0, 0.0)
    water_ml: float = 0.0  # water_onsite_ml + water_offsite_ml
    water_onsite_ml: float = 0.0  # data-centre cooling: IT energy × WUE
    water_offsite_ml: float = 0.0  # electricity generation: IT energy × PUE × grid water factor
    water_range_ml: Range = Range(0.0, 0.0)
    primary_energy_mj: float = 0.0  # energy_wh × the grid's primary-energy factor
    # serving stack and per-token figures (issue 10): the unit measurements and provider disclosures use
    stack: str = ""  # serving software (physics/stacks.py): vllm-2025, vllm-2024, megatron-2022, llama.cpp, …
    output_tokens_per_s: float = 0.0  # decode speed one request sees (1 / time per output token)
    energy_per_output_token_j: float = 0.0  # facility energy (PUE included) per generated token
    gpu_energy_per_output_token_j: float = 0.0  # accelerators only, per generated token

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field, ranges as [low, high]."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Range):
                value = [value.low, value.high]
            elif f.name == "assumptions":
                value = [{"name": a.name, "value": a.value, "source": a.source, "detail": a.detail} for a in value]
            elif f.name == "warnings":
                value = [{"code": p.code, "message": p.message, "severity": p.severity} for p in value]
            out[f.name] = value
        return out


@dataclass(frozen=True)
class UnknownModel:
    """Returned (never raised) by library code for a model name not in the catalog."""

    name: str
    suggestions: tuple[str, ...]
    code: str = "unknown-model"
