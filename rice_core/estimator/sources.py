"""Where each input of an estimate comes from: argument > provider profile > default, as an ``Assumption``.

One small function per input (hardware, grid, PUE, batch size, precision, engine); each validates an explicit
argument and raises ``InputError`` naming the value and what is accepted.
"""

from __future__ import annotations

import functools
from typing import Any

from rice_core.catalog.specs import HardwareSpec, ModelSpec, ProviderProfile
from rice_core.errors import InputError
from rice_core.estimator.checks import check_positive
from rice_core.result import Assumption

DEFAULT_PUE = 1.1  # paper IV-A1
DEFAULT_REGION = "world"
DEFAULT_HARDWARE = "a100-80gb"  # the paper's only hardware
DEFAULT_POWER_MODEL = "calibrated"
PAPER = "rice-paper"
POWER_MODELS: dict[str, str] = {"calibrated": "calibrated", "rice-paper": PAPER, "paper": PAPER, "rice": PAPER}
DEFAULT_PRECISION = {PAPER: "fp16", "calibrated": "bf16"}
ENGINE_MODULES = {PAPER: "rice_core.engines.paper", "calibrated": "rice_core.engines.calibrated"}


def canonical_power_model(name: str | None) -> str:
    if name is None:
        return DEFAULT_POWER_MODEL
    key = str(name).strip().lower()
    if key not in POWER_MODELS:
        raise InputError(f"unknown power model {name!r}; accepted: calibrated (default), rice-paper")
    return POWER_MODELS[key]


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


def hardware_source(
    name: str | None, provider: ProviderProfile | None, power_model: str
) -> tuple[HardwareSpec, Assumption]:
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


def grid_source(
    region: str | None, grid_g: float | None, provider: ProviderProfile | None
) -> tuple[float, str, Assumption]:
    from rice_core.catalog.grid import lookup_grid

    if grid_g is not None:
        value = check_positive("grid_gco2e_per_kwh", grid_g, 0.0, inclusive=True)
        return value, region or "custom", Assumption("grid_gco2e_per_kwh", value, "argument")
    if region is not None:
        zone = lookup_grid(region)
        if zone is None:
            raise InputError(
                f"unknown region {region!r}; accepted: a country code (FR), 'world', or a cloud region "
                "such as aws:us-east-1, gcp:europe-west1, azure:westeurope (see `rice regions`)"
            )
        return (
            zone.gco2e_per_kwh,
            zone.id,
            Assumption("grid_gco2e_per_kwh", zone.gco2e_per_kwh, "argument", f"{zone.id} ({zone.year})"),
        )
    zone_id, source = (provider.region, "provider") if provider is not None else (DEFAULT_REGION, "default")
    zone = lookup_grid(zone_id) or lookup_grid(DEFAULT_REGION)
    if zone is None:
        raise InputError(f"grid zone {zone_id!r} missing from the catalog")
    return (
        zone.gco2e_per_kwh,
        zone.id,
        Assumption("grid_gco2e_per_kwh", zone.gco2e_per_kwh, source, f"{zone.id} ({zone.year})"),
    )


def pue_source(pue: float | None, provider: ProviderProfile | None) -> tuple[float, Assumption]:
    if pue is not None:
        value = check_positive("pue", pue, 1.0, inclusive=True)
        return value, Assumption("pue", value, "argument")
    if provider is not None:
        return provider.pue, Assumption("pue", provider.pue, "provider", provider.id)
    return DEFAULT_PUE, Assumption("pue", DEFAULT_PUE, "default", "paper IV-A1")


def batch_source(
    batch_size: float | None, provider: ProviderProfile | None, engine: str, stack: str | None = None
) -> tuple[float, Assumption]:
    """Argument > one request at a time on a local runtime stack > the provider profile's batch > 1 (self-hosted)."""
    from rice_core.physics.stacks import LOCAL_STACKS

    if batch_size is not None:
        check_positive("batch_size", batch_size)
    if engine == PAPER:
        return 1.0, Assumption("batch_size", 1.0, "default", "rice-paper models batch-1 inference (paper IV-A1)")
    if batch_size is not None:
        return check_positive("batch_size", batch_size), Assumption("batch_size", float(batch_size), "argument")
    if stack in LOCAL_STACKS and provider is not None and provider.hosted:  # a hosted profile's batch is not local
        return 1.0, Assumption("batch_size", 1.0, "stack", f"{stack}: a local runtime serves one request at a time")
    if provider is not None:
        value = provider.default_batch_size if provider.hosted else 1.0
        return value, Assumption("batch_size", value, "provider", provider.id)
    return 1.0, Assumption("batch_size", 1.0, "default", "a self-hosted model serving one request at a time")


def stack_source(stack: str | None, provider: ProviderProfile | None, engine: str) -> tuple[str, Assumption]:
    """Argument > the provider profile's runtime stack (ollama: llama.cpp) > the 2025 stack of hosted APIs."""
    from rice_core.physics.stacks import DEFAULT_STACK, canonical_stack

    if stack is not None:
        stack = canonical_stack(stack)
    if engine == PAPER:
        return "megatron-2022", Assumption("stack", "megatron-2022", "default", "rice-paper: HELM Megatron runtimes")
    if stack is not None:
        return stack, Assumption("stack", stack, "argument")
    if provider is not None and provider.stack is not None:
        return canonical_stack(provider.stack), Assumption(
            "stack", canonical_stack(provider.stack), "provider", provider.id
        )
    detail = "hosted APIs: 2025 vLLM-class serving (CUDA graphs, FlashAttention 3, chunked prefill)"
    return DEFAULT_STACK, Assumption("stack", DEFAULT_STACK, "provider" if provider else "default", detail)


def precision_source(
    precision: str | None,
    engine: str,
    spec: ModelSpec | None = None,
    provider: ProviderProfile | None = None,
    name: str | None = None,
    stack: str | None = None,
) -> tuple[str, Assumption]:
    """Argument > the name's quantisation tag (``…-q8_0``) > the provider's default builds (ollama: int4) > the
    model's native serving precision (catalog) > the stack's default builds (llama.cpp: Ollama's Q4_K_M, int4) >
    the engine's default (bf16).

    A runtime does not inflate weights released smaller than its default (gpt-oss's MXFP4 under ollama's int4).
    """
    from rice_core.precision import canonical_precision

    if precision is not None:
        precision = canonical_precision(precision)
    if engine == PAPER:
        return "fp16", Assumption("precision", "fp16", "default", "rice-paper: HELM runtimes are fp16")
    if precision is not None:
        return precision, Assumption("precision", precision, "argument")
    tagged = _tag_source(name)
    if tagged is not None:
        return tagged
    native = spec.precision if spec is not None else None
    if provider is not None and provider.precision is not None and not _smaller(native, provider.precision):
        return provider.precision, Assumption(
            "precision", provider.precision, "provider", _provider_precision_text(provider)
        )
    if spec is not None and native is not None:
        kept = f"; kept under {provider.id}'s {provider.precision} default" if provider and provider.precision else ""
        return native, Assumption("precision", native, "catalog", _precision_source_text(spec) + kept)
    if stack == "llama.cpp":  # GGUF weights of unknown quantisation: what Ollama ships by default
        detail = "llama.cpp without a known quantisation: Ollama's default GGUF build, Q4_K_M (4.9 bits/weight)"
        return "int4", Assumption("precision", "int4", "stack", detail)
    return DEFAULT_PRECISION[engine], Assumption("precision", DEFAULT_PRECISION[engine], "default")


def _tag_source(name: str | None) -> tuple[str, Assumption] | None:
    """The precision a quantisation tag in the model name states, with the tag (and GGUF bits/weight) as detail."""
    from rice_core.catalog._names import gguf_bits, quantisation_tag

    found = quantisation_tag(name) if name else None
    if found is None:
        return None
    precision, tag = found
    bits = gguf_bits(tag)
    nearest = f", GGUF {bits:g} bits/weight: nearest supported {precision}" if bits is not None else ""
    return precision, Assumption("precision", precision, "model-name", f"quantisation tag {tag!r} in {name!r}{nearest}")


def _smaller(native: str | None, runtime: str) -> bool:
    """Whether the released weights take fewer bytes per parameter than the runtime's default builds."""
    from rice_core.precision import bytes_per_param

    return native is not None and bytes_per_param(native) < bytes_per_param(runtime)


def _provider_precision_text(provider: ProviderProfile) -> str:
    """The title of the profile source naming its precision (its default builds)."""
    named = [s for s in provider.sources if provider.precision and provider.precision in s.lower()]
    title = (named[0] if named else provider.sources[0]).split(": ", 1)[0]
    return f"{provider.id}'s default builds ({title})"


def _precision_source_text(spec: ModelSpec) -> str:
    """Where the model's native precision comes from: the title of the catalog source naming it."""
    named = [s for s in spec.sources if spec.precision and spec.precision in s.lower()]
    title = (named[0] if named else spec.sources[0]).split(": ", 1)[0]
    return f"weights as released ({title})"
