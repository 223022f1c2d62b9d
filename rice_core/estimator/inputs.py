"""Resolve the inputs of one estimate: argument > provider profile > default, each recorded as an ``Assumption``.

``resolve`` is pure and cached on its (hashable) arguments, so ``estimate_many`` resolves each distinct
(model, hardware, region, …) once. Bad values raise ``InputError`` naming the value and what is accepted.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rice_core.catalog.specs import HardwareSpec, ModelSpec
from rice_core.errors import InputError
from rice_core.physics.model_shape import ModelShape
from rice_core.estimator.checks import check_devices, check_positive, check_tokens
from rice_core.estimator.name_size import NameSize, size_from_name
from rice_core.estimator.sources import (
    DEFAULT_PUE,
    PAPER,
    available_engine,
    batch_source,
    canonical_power_model,
    engine_module,
    grid_source,
    hardware_source,
    precision_source,
    pue_source,
    stack_source,
)
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption, UnknownModel

__all__ = ["DEFAULT_PUE", "PAPER", "Resolved", "check_tokens", "engine_module", "resolve"]


@dataclass(frozen=True)
class Resolved:
    """Everything an estimate needs except the token counts."""

    model: str | None
    params_b: float
    active_params_b: float
    params_range_b: Range | None  # closed models: (low, high) of total params
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
    layers: int | None = None  # published depth (catalog) when params come from the catalog; else None
    stack: str | None = None  # serving stack (physics/stacks.py); None only for rice-paper-free callers
    kv_scale: float = 1.0  # factor on the default KV bytes per token (catalog/attention.py)
    speculative_speedup: float = 1.0  # tokens per target decode step (hosted serving, estimator/hosted.py)
    speculative_energy_factor: float = 1.0  # energy charged for drafting and verification (estimator/hosted.py)
    network_queue_s: float = 0.0  # added to the latency shown only, never to device time or energy
    shape: ModelShape | None = None  # windowed layers, SSM state, MoE routing (catalog/attention.py); None: default
    unshaped: bool = False  # sizes not the catalog's (named or given): default shapes, the wider unshaped band


def _layers(
    spec: ModelSpec | None, params_b: float | None, active_b: float, engine: str
) -> tuple[int | None, list[Assumption]]:
    """The catalog's layer count when the catalog also gave the size; the calibrated engine's power law otherwise."""
    if engine == PAPER:
        return None, []
    if spec is not None and params_b is None and spec.layers is not None:
        src = next((s for s in spec.sources if "layers" in s), "")
        return spec.layers, [Assumption("layers", spec.layers, "catalog", src)]
    from rice_core.physics.shapes import layers

    return None, [
        Assumption("layers", round(float(layers(active_b))), "fit", "power law of active params (physics/shapes.py)")
    ]


def _kv_scale(spec: ModelSpec | None, params_b: float | None, engine: str) -> tuple[float, list[Assumption]]:
    """The catalog's KV-cache shape factor (fewer KV heads, latent attention, windowed layers), else 1."""
    from rice_core.catalog.attention import kv_scale

    found = kv_scale(spec.id) if spec is not None and params_b is None and engine != PAPER else None
    if found is None:
        return 1.0, []
    return found[0], [Assumption("kv_cache_scale", found[0], "catalog", found[1].split(":", 1)[0])]


def _shape(
    spec: ModelSpec | None, params_b: float | None, engine: str, total: float, active: float
) -> tuple[ModelShape | None, list[Assumption]]:
    """The catalog's architecture shape (windowed layers, recurrent state, MoE routing), else the default (for an
    MoE whose sizes are not the catalog's: the routing prior of ``physics/moe_prior.py``)."""
    from rice_core.catalog.attention import model_shape

    found = model_shape(spec.id) if spec is not None and params_b is None and engine != PAPER else None
    if found is None:
        catalog_sized = spec is not None and params_b is None
        return (None, []) if catalog_sized or engine == PAPER else _routing_prior(total, active)
    fields, source = found
    shape = ModelShape(**fields)
    parts = [
        f"windowed layers keep {shape.kv_window_tokens:,.0f} tokens" if shape.kv_window_tokens else "",
        f"SSM state {shape.state_bytes / 1e6:,.0f} MB per sequence" if shape.state_bytes else "",
        f"{shape.moe_routed_share:.0%} of params in routed experts, {shape.moe_expert_draw:.3g} of them per token"
        if shape.moe_routed_share and shape.moe_expert_draw
        else "",
    ]
    text = "; ".join(p for p in parts if p)
    return shape, [Assumption("model_shape", text, "catalog", source.split(":", 1)[0])]


def _routing_prior(total: float, active: float) -> tuple[ModelShape | None, list[Assumption]]:
    """The default routing of an MoE known only by its sizes (``physics/moe_prior.py``); None for a dense model."""
    if active >= total:
        return None, []
    from rice_core.catalog.attention import moe_prior
    from rice_core.physics.moe_prior import routing_prior

    share, min_draw, n = moe_prior()
    found = routing_prior(total, active, share, min_draw)
    if found is None:
        detail = f"dense part of {n} published MoE configs (median {1 - share:.1%}) exceeds active/total"
        return None, [Assumption("moe_routing", "every weight drawn with p = active/total", "default", detail)]
    text = f"{found[0]:.1%} of params in routed experts, {found[1]:.3g} of them per token"
    detail = f"median routed share of {n} published MoE configs (catalog/experts.json); draw from active/total"
    return ModelShape(moe_routed_share=found[0], moe_expert_draw=found[1]), [
        Assumption("moe_routing", text, "default", detail)
    ]


def _named(model: str, named: NameSize, active_b: float | None) -> tuple[float, float, list[Assumption]]:
    """Sizes a name states (``name_size.py``), the argument's active count first; recorded with their origin."""
    active = check_positive("active_params_b", active_b) if active_b is not None else named.active_params_b
    if active > named.params_b:
        raise InputError(
            f"active_params_b={active_b!r} is not accepted: it must be <= the {named.params_b:g} B {model!r} states"
        )
    detail = (
        f"{named.text} read from {model!r} (not in the catalog: depth, attention and routing are defaults; the "
        "range is the wider band of models known only by their sizes where the stack's fit measured one)"
    )
    return (
        named.params_b,
        active,
        [
            Assumption("params_b", named.params_b, "model-name", detail),
            Assumption("active_params_b", active, "argument" if active_b is not None else "model-name", detail),
        ],
    )


def _params(
    model: str | None,
    spec: ModelSpec | None,
    params_b: float | None,
    active_b: float | None,
    named: NameSize | None = None,
) -> tuple[float, float, Range | None, Range | None, list[Assumption], list[Problem]]:
    notes: list[Assumption] = []
    warns: list[Problem] = []
    if named is not None and model is not None:
        total, active, notes = _named(model, named, active_b)
        warns.append(
            Problem(
                "unknown-model",
                f"{model!r} is not in the catalog: priced by the size its name states ({named.text}) with the "
                "default architecture",
                "info",
            )
        )
        return total, active, None, None, notes, warns
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
    notes += [
        Assumption("params_b", spec.params_b, "catalog", src),
        Assumption("active_params_b", active, "argument" if active_b is not None else "catalog"),
    ]
    if spec.params_range_b is None and spec.active_params_range_b is None:
        return spec.params_b, active, None, None, notes, warns
    total_r = spec.params_range_b or Range(spec.params_b, spec.params_b)
    active_r = spec.active_params_range_b or total_r.scale(spec.active_params_b / spec.params_b)
    warns.append(
        Problem(
            "closed-model-params-estimated",
            f"{spec.id}'s size is a published estimate ({span_b(total_r)} B total, "
            f"{span_b(active_r)} B active); the range covers it",
        )
    )
    return spec.params_b, active, total_r, (active_r if active_b is None else None), notes, warns


def span_b(r: Range) -> str:
    """``44-132`` for a range, ``440`` when both ends are one published figure (never ``440-440``)."""
    return f"{r.low:g}" if r.low == r.high else f"{r.low:g}-{r.high:g}"


@functools.lru_cache(maxsize=4096)
def resolve(
    model: str | None,
    params_b: float | None,
    active_params_b: float | None,
    hardware: str | None,
    devices: int | None,
    batch_size: float | None,
    precision: str | None,
    pue: float | None,
    region: str | None,
    grid_gco2e_per_kwh: float | None,
    power_model: str | None,
    stack: str | None = None,
) -> Resolved | UnknownModel:
    """Resolve one request's context; ``UnknownModel`` for an unknown name without ``params_b``."""
    from rice_core.catalog.models import lookup_model, suggest_models
    from rice_core.catalog.providers import provider_for_model

    spec = lookup_model(model) if model else None
    named = size_from_name(model) if model and spec is None and params_b is None else None
    if model and spec is None and params_b is None and named is None:
        return UnknownModel(model, tuple(suggest_models(model)))
    if not model and params_b is None:
        raise InputError("give a model name or params_b (billions of parameters)")
    engine, engine_note = available_engine(canonical_power_model(power_model))
    if power_model is None and engine_note.source == "argument":
        engine_note = Assumption("power_model", engine, "default")
    total, active, prange, arange, notes, warns = _params(model, spec, params_b, active_params_b, named)
    provider = provider_for_model(spec, model) if spec is not None or named is not None else None
    hw, hw_note = hardware_source(hardware, provider, engine)
    grid_g, zone, grid_note = grid_source(region, grid_gco2e_per_kwh, provider)
    notes += [hw_note, grid_note, engine_note]
    if devices is not None:
        notes.append(Assumption("devices", check_devices(devices), "argument"))
    pue_value, pue_note = pue_source(pue, provider)
    stack_name, stack_note = stack_source(stack, provider, engine)
    batch, batch_note = batch_source(batch_size, provider, engine, stack_name)
    prec, prec_note = precision_source(precision, engine, spec, provider, model, stack=stack_name)
    depth, depth_notes = _layers(spec, params_b, active, engine)
    kv, kv_notes = _kv_scale(spec, params_b, engine)
    shape, shape_notes = _shape(spec, params_b, engine, total, active)
    notes += [pue_note, batch_note, prec_note, *depth_notes, *kv_notes, *shape_notes, stack_note]
    for code, given, text in (
        ("default-hardware", hardware, f"hardware {hw.id} ({hw_note.source})"),
        ("default-region", region or grid_gco2e_per_kwh, f"grid {zone} ({grid_note.source})"),
    ):
        if given is None:
            warns.append(Problem(code, f"no {code.split('-')[1]} given: {text} assumed", "info"))
    if batch_note.source == "provider" and batch != 1.0:
        warns.append(Problem("default-batch-size", f"batch size {batch:g} from the {provider.id} profile", "info"))  # type: ignore[union-attr]
    resolved = Resolved(
        model,
        total,
        active,
        prange,
        arange,
        hw,
        devices,
        batch,
        prec,
        pue_value,
        grid_g,
        zone,
        engine,
        tuple(notes),
        tuple(warns),
        depth,
        stack_name,
        kv,
        shape=shape,
        unshaped=spec is None or params_b is not None,
    )
    from rice_core.estimator.deployment import with_deployment_devices
    from rice_core.estimator.hosted import with_hosted_serving

    hosted = provider is not None and provider.hosted
    model_id = spec.id if spec else None
    served = with_hosted_serving(resolved, model_id, spec.provider if spec else None, hosted)
    return with_deployment_devices(served, model_id, hosted, devices is not None)
