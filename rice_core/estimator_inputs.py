"""Check and resolve the inputs of one estimate: argument > provider profile > default, each recorded.

``resolve`` is pure and cached on its (hashable) arguments, so ``estimate_many`` resolves each distinct
(model, hardware, region, …) once. Bad values raise ``InputError`` naming the value and what is accepted.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any

from rice_core.catalog.specs import HardwareSpec, ModelSpec, ProviderProfile
from rice_core.errors import InputError
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption, UnknownModel

DEFAULT_PUE = 1.1                    # paper IV-A1
DEFAULT_REGION = "world"
DEFAULT_HARDWARE = "a100-80gb"       # the paper's only hardware
DEFAULT_POWER_MODEL = "calibrated"
PAPER = "rice-paper"
POWER_MODELS: dict[str, str] = {"calibrated": "calibrated", "rice-paper": PAPER, "paper": PAPER, "rice": PAPER}
DEFAULT_PRECISION = {PAPER: "fp16", "calibrated": "bf16"}


@dataclass(frozen=True)
class Resolved:
    """Everything an estimate needs except the token counts."""

    model: str | None
    params_b: float
    active_params_b: float
    params_range_b: Range | None       # closed models: (low, high) of total params
    active_range_b: Range | None
    hardware: HardwareSpec
    devices: int | None
    batch_size: float
    precision: str
    pue: float
    grid_gco2e_per_kwh: float
    region: str
    power_model: str
    assumptions: tuple[Assumption, ...]
    warnings: tuple[Problem, ...]


def check_tokens(name: str, value: Any) -> int:
    """A token count: a whole number >= 1 (bools, NaN, fractions, zero and negatives are refused)."""
    ok = isinstance(value, int) and not isinstance(value, bool)
    if not ok and isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value, ok = int(value), True
    if not ok or value < 1:
        raise InputError(f"{name}={value!r} is not accepted: give a whole number of tokens >= 1")
    return int(value)


def check_positive(name: str, value: Any, minimum: float = 0.0, inclusive: bool = False) -> float:
    """A finite number above ``minimum`` (or equal, if ``inclusive``)."""
    bad = isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
    if bad or value < minimum or (value == minimum and not inclusive):
        rel = ">=" if inclusive else ">"
        raise InputError(f"{name}={value!r} is not accepted: give a finite number {rel} {minimum:g}")
    return float(value)


def canonical_power_model(name: str | None) -> str:
    if name is None:
        return DEFAULT_POWER_MODEL
    key = str(name).strip().lower()
    if key not in POWER_MODELS:
        raise InputError(f"unknown power model {name!r}; accepted: calibrated (default), rice-paper")
    return POWER_MODELS[key]


ENGINE_MODULES = {PAPER: "rice_core.engines.paper", "calibrated": "rice_core.engines.calibrated"}


@functools.cache
def engine_module(name: str) -> Any:
    """The engine module for a canonical power-model name, or None when it is not in this install (yet)."""
    import importlib

    try:
        return importlib.import_module(ENGINE_MODULES[name])
    except ModuleNotFoundError as exc:
        if exc.name != ENGINE_MODULES[name]:
            raise
        return None


def available_engine(name: str) -> tuple[str, Assumption]:
    """The engine that will run: the asked one, or rice-paper while ``calibrated`` is not installed."""
    if engine_module(name) is not None:
        return name, Assumption("power_model", name, "argument")
    return PAPER, Assumption("power_model", PAPER, "default", f"{name} engine not available; rice-paper used")


def _hardware(name: str | None, provider: ProviderProfile | None, power_model: str) -> tuple[HardwareSpec, Assumption]:
    from rice_core.catalog.hardware import all_hardware, lookup_hardware

    if name is not None:
        spec = lookup_hardware(name)
        if spec is None:
            accepted = ", ".join(h.id for h in all_hardware())
            raise InputError(f"unknown hardware {name!r}; accepted: {accepted}")
        return spec, Assumption("hardware", spec.id, "argument")
    if provider is not None and power_model != PAPER and lookup_hardware(provider.hardware):
        return lookup_hardware(provider.hardware), Assumption("hardware", provider.hardware, "provider", provider.id)  # type: ignore[return-value]
    spec = lookup_hardware(DEFAULT_HARDWARE)
    if spec is None:
        raise InputError(f"default hardware {DEFAULT_HARDWARE!r} missing from the catalog")
    return spec, Assumption("hardware", spec.id, "default", "the paper's A100-80GB")


def _grid(region: str | None, grid_g: float | None, provider: ProviderProfile | None) -> tuple[float, str, Assumption]:
    from rice_core.catalog.grid import lookup_grid

    if grid_g is not None:
        value = check_positive("grid_gco2e_per_kwh", grid_g, 0.0, inclusive=True)
        return value, region or "custom", Assumption("grid_gco2e_per_kwh", value, "argument")
    if region is not None:
        zone = lookup_grid(region)
        if zone is None:
            raise InputError(f"unknown region {region!r}; accepted: a country code (FR), 'world', or a cloud region "
                             "such as aws:us-east-1, gcp:europe-west1, azure:westeurope (see `rice regions`)")
        return zone.gco2e_per_kwh, zone.id, Assumption("grid_gco2e_per_kwh", zone.gco2e_per_kwh, "argument",
                                                      f"{zone.id} ({zone.year})")
    zone_id, source = (provider.region, "provider") if provider is not None else (DEFAULT_REGION, "default")
    zone = lookup_grid(zone_id) or lookup_grid(DEFAULT_REGION)
    if zone is None:
        raise InputError(f"grid zone {zone_id!r} missing from the catalog")
    return zone.gco2e_per_kwh, zone.id, Assumption("grid_gco2e_per_kwh", zone.gco2e_per_kwh, source,
                                                  f"{zone.id} ({zone.year})")


def _params(model: str | None, spec: ModelSpec | None, params_b: float | None, active_b: float | None
            ) -> tuple[float, float, Range | None, Range | None, list[Assumption], list[Problem]]:
    notes: list[Assumption] = []
    warns: list[Problem] = []
    if params_b is not None:
        total = check_positive("params_b", params_b)
        active = check_positive("active_params_b", active_b) if active_b is not None else total
        if active > total:
            raise InputError(f"active_params_b={active_b!r} is not accepted: it must be <= params_b={params_b!r}")
        notes += [Assumption("params_b", total, "argument"), Assumption("active_params_b", active, "argument")]
        return total, active, None, None, notes, warns
    assert spec is not None
    active = check_positive("active_params_b", active_b) if active_b is not None else spec.active_params_b
    src = "; ".join(spec.sources[:1])
    notes += [Assumption("params_b", spec.params_b, "catalog", src),
              Assumption("active_params_b", active, "argument" if active_b is not None else "catalog")]
    if spec.params_range_b is not None or spec.active_params_range_b is not None:
        total_r = spec.params_range_b or Range(spec.params_b, spec.params_b)
        active_r = spec.active_params_range_b or total_r.scale(spec.active_params_b / spec.params_b)
        warns.append(Problem("closed-model-params-estimated",
                             f"{spec.id}'s size is a published estimate ({total_r.low:g}-{total_r.high:g} B total, "
                             f"{active_r.low:g}-{active_r.high:g} B active); the range covers it"))
    if spec.params_range_b is None and spec.active_params_range_b is None:
        return spec.params_b, active, None, None, notes, warns
    total_range = spec.params_range_b or Range(spec.params_b, spec.params_b)
    active_range = spec.active_params_range_b if active_b is None else None
    return spec.params_b, active, total_range, active_range, notes, warns


@functools.lru_cache(maxsize=4096)
def resolve(model: str | None, params_b: float | None, active_params_b: float | None, hardware: str | None,
            devices: int | None, batch_size: float | None, precision: str | None, pue: float | None,
            region: str | None, grid_gco2e_per_kwh: float | None, power_model: str | None) -> Resolved | UnknownModel:
    """Resolve one request's context; ``UnknownModel`` for an unknown name without ``params_b``."""
    from rice_core.catalog.models import lookup_model, suggest_models
    from rice_core.catalog.providers import provider_for_model

    spec = lookup_model(model) if model else None
    if model and spec is None and params_b is None:
        return UnknownModel(model, tuple(suggest_models(model)))
    if not model and params_b is None:
        raise InputError("give a model name or params_b (billions of parameters)")
    engine, engine_note = available_engine(canonical_power_model(power_model))
    if power_model is None and engine_note.source == "argument":
        engine_note = Assumption("power_model", engine, "default")
    total, active, prange, arange, notes, warns = _params(model, spec, params_b, active_params_b)
    provider = provider_for_model(spec, model) if spec is not None else None
    hw, hw_note = _hardware(hardware, provider, engine)
    grid_g, zone, grid_note = _grid(region, grid_gco2e_per_kwh, provider)
    notes += [hw_note, grid_note, engine_note]
    if devices is not None:
        if isinstance(devices, bool) or not isinstance(devices, int) or devices < 1:
            raise InputError(f"devices={devices!r} is not accepted: give a whole number >= 1")
        notes.append(Assumption("devices", devices, "argument"))
    pue_value, pue_note = _pue(pue, provider)
    batch, batch_note = _batch(batch_size, provider, engine)
    prec, prec_note = _precision(precision, engine)
    notes += [pue_note, batch_note, prec_note]
    for code, given, text in (("default-hardware", hardware, f"hardware {hw.id} ({hw_note.source})"),
                              ("default-region", region or grid_gco2e_per_kwh, f"grid {zone} ({grid_note.source})")):
        if given is None:
            warns.append(Problem(code, f"no {code.split('-')[1]} given: {text} assumed", "info"))
    if batch_note.source == "provider" and batch != 1.0:
        warns.append(Problem("default-batch-size", f"batch size {batch:g} from the {provider.id} profile", "info"))  # type: ignore[union-attr]
    return Resolved(model, total, active, prange, arange, hw, devices, batch, prec, pue_value,
                    grid_g, zone, engine, tuple(notes), tuple(warns))


def _pue(pue: float | None, provider: ProviderProfile | None) -> tuple[float, Assumption]:
    if pue is not None:
        value = check_positive("pue", pue, 1.0, inclusive=True)
        return value, Assumption("pue", value, "argument")
    if provider is not None:
        return provider.pue, Assumption("pue", provider.pue, "provider", provider.id)
    return DEFAULT_PUE, Assumption("pue", DEFAULT_PUE, "default", "paper IV-A1")


def _batch(batch_size: float | None, provider: ProviderProfile | None, engine: str) -> tuple[float, Assumption]:
    if batch_size is not None:
        check_positive("batch_size", batch_size)
    if engine == PAPER:
        return 1.0, Assumption("batch_size", 1.0, "default", "rice-paper models batch-1 inference (paper IV-A1)")
    if batch_size is not None:
        return check_positive("batch_size", batch_size), Assumption("batch_size", float(batch_size), "argument")
    if provider is not None:
        value = provider.default_batch_size if provider.hosted else 1.0
        return value, Assumption("batch_size", value, "provider", provider.id)
    return 1.0, Assumption("batch_size", 1.0, "default", "a self-hosted model serving one request at a time")


def _precision(precision: str | None, engine: str) -> tuple[str, Assumption]:
    from rice_core.precision import canonical_precision

    if precision is not None:
        precision = canonical_precision(precision)
    if engine == PAPER:
        return "fp16", Assumption("precision", "fp16", "default", "rice-paper: HELM runtimes are fp16")
    if precision is not None:
        return precision, Assumption("precision", precision, "argument")
    return DEFAULT_PRECISION[engine], Assumption("precision", DEFAULT_PRECISION[engine], "default")
