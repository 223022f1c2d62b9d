"""Typed catalog entries. Catalog files are data (``rice_core/data/*.json``); these are their validated forms."""

from __future__ import annotations

from dataclasses import dataclass, field

from rice_core.ranges import Range


@dataclass(frozen=True)
class ModelSpec:
    """An LLM as R-ICE sees it: sizes drive runtime (active params) and memory (total params)."""

    id: str
    provider: str  # "openai", "anthropic", "google", "meta", "mistral", ...
    family: str  # "gpt-4o", "claude-sonnet", "llama-3.1", ... used for comparable models
    params_b: float  # total parameters, billions (central figure)
    active_params_b: float  # active parameters per token (== params_b for dense models)
    params_range_b: Range | None  # (low, high) when params_b is an estimate (closed models); None when disclosed
    active_params_range_b: Range | None
    open_weights: bool
    tokenizer: str  # "o200k_base" | "cl100k_base" (proxy for non-OpenAI families)
    token_factor: float  # multiply proxy-encoding counts by this (1.0 for OpenAI's own)
    context_window: int
    tier: str  # "small" | "medium" | "large" | "reasoning": comparable-model grouping
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    notes: str = ""
    retired: bool = False  # the vendor no longer serves it: never proposed as a switch target
    precision: str | None = None  # native serving precision of the released weights (canonical); None → bf16
    layers: int | None = None  # transformer layers from the published config; None → power law of params

    @property
    def is_moe(self) -> bool:
        return self.active_params_b < self.params_b


@dataclass(frozen=True)
class HardwareSpec:
    """An accelerator's published specs: compute-bound phases scale by FLOP/s, memory-bound ones by bandwidth."""

    id: str  # "a100-80gb", "h100-sxm", ...
    name: str
    vendor: str
    memory_gb: float
    tdp_w: float
    fp16_tflops: float  # peak dense fp16/bf16 (no sparsity)
    mem_bw_gbps: float
    sources: tuple[str, ...]
    fp8_tflops: float | None = None  # peak dense fp8 where supported
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GridZone:
    """Carbon intensity of one electricity grid (country, world, or a cloud region mapped to its grid)."""

    id: str  # "world", "US", "FR", "aws:us-east-1", ...
    name: str
    gco2e_per_kwh: float
    year: int
    sources: tuple[str, ...]
    parent: str | None = None  # cloud regions: the grid zone they map to


@dataclass(frozen=True)
class ProviderProfile:
    """Where and how a provider serves: grid, PUE, hardware, a realistic default batch and (optionally) precision."""

    id: str  # "openai", "anthropic", "google", ...
    name: str
    pue: float
    region: str  # a GridZone id
    hardware: str  # a HardwareSpec id
    default_batch_size: float
    sources: tuple[str, ...]
    notes: str = ""
    hosted: bool = True  # False for local runtimes (ollama, vllm offline, transformers) → batch 1
    extra: dict[str, str] = field(default_factory=dict)
    precision: str | None = None  # weights its default builds serve (canonical; ollama: int4); None → the model's
    stack: str | None = None  # serving stack of a local runtime (physics/stacks.py); None → hosted default
