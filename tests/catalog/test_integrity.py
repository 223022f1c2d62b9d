"""The shipped catalogs: sizes, sources, ranges, unique names and cross-references."""

from __future__ import annotations

from rice_core.catalog._names import canonical
from rice_core.catalog.grid import all_grids, grid_key, lookup_grid
from rice_core.catalog.hardware import all_hardware, hardware_key, lookup_hardware
from rice_core.catalog.models import TIERS, all_models
from rice_core.catalog.providers import all_providers

REQUIRED_HARDWARE = {
    "a100-40gb",
    "a100-80gb",
    "h100-sxm",
    "h100-pcie",
    "h200",
    "b200",
    "l4",
    "l40s",
    "a10g",
    "t4",
    "mi300x",
}
ISSUE_MODELS = {
    "gpt-3.5-turbo",
    "gpt-4",
    "gpt-4-turbo",
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "gpt-5",
    "gpt-5-mini",
    "gpt-5-nano",
    "o1",
    "o1-mini",
    "o3",
    "o3-mini",
    "o4-mini",
    "gpt-oss-20b",
    "gpt-oss-120b",
    "claude-3-haiku",
    "claude-3-sonnet",
    "claude-3-opus",
    "claude-3-5-haiku",
    "claude-3-5-sonnet",
    "claude-3-7-sonnet",
    "claude-sonnet-4",
    "claude-opus-4",
    "claude-opus-4-1",
    "claude-haiku-4-5",
    "claude-sonnet-4-5",
    "claude-opus-4-5",
    "gemini-1.5-flash",
    "gemini-1.5-flash-8b",
    "gemini-1.5-pro",
    "gemini-2.0-flash",
    "gemini-2.0-flash-lite",
    "gemini-2.5-flash",
    "gemini-2.5-flash-lite",
    "gemini-2.5-pro",
    "llama-2-7b",
    "llama-2-13b",
    "llama-2-70b",
    "llama-3-8b",
    "llama-3-70b",
    "llama-3.1-8b",
    "llama-3.1-70b",
    "llama-3.1-405b",
    "llama-3.2-1b",
    "llama-3.2-3b",
    "llama-3.2-11b-vision",
    "llama-3.2-90b-vision",
    "llama-3.3-70b",
    "llama-4-scout",
    "llama-4-maverick",
    "mistral-7b",
    "mistral-small-3",
    "mistral-medium",
    "mistral-large-2",
    "mistral-nemo",
    "codestral",
    "ministral-8b",
    "mixtral-8x7b",
    "mixtral-8x22b",
    "qwen2.5-0.5b",
    "qwen2.5-72b",
    "qwen3-30b-a3b",
    "qwen3-235b-a22b",
    "deepseek-v3",
    "deepseek-r1",
    "command-r",
    "command-r-plus",
    "command-a",
    "phi-3-mini",
    "phi-3.5-mini",
    "phi-4",
}


def test_catalog_sizes() -> None:
    assert len(all_models()) >= 80
    countries = [z for z in all_grids() if len(z.id) == 2]
    assert len(countries) >= 150
    assert len([z for z in all_grids() if z.parent is not None]) >= 60
    assert REQUIRED_HARDWARE <= {h.id for h in all_hardware()}
    assert ISSUE_MODELS <= {m.id for m in all_models()}


def test_every_entry_has_sources() -> None:
    for entry in (*all_models(), *all_hardware(), *all_grids(), *all_providers()):
        assert entry.sources and all(s.strip() for s in entry.sources), entry.id


def test_model_figures_are_consistent() -> None:
    for m in all_models():
        assert 0 < m.active_params_b <= m.params_b, m.id
        assert m.tier in TIERS and m.context_window >= 2048 and m.token_factor > 0, m.id
        assert m.tokenizer in ("o200k_base", "cl100k_base"), m.id
        for value, span in ((m.params_b, m.params_range_b), (m.active_params_b, m.active_params_range_b)):
            if span is not None:
                assert span.low <= value <= span.high, m.id
        assert m.open_weights or m.params_range_b is not None or m.id == "gemini-1.5-flash-8b", (
            f"closed model {m.id} needs an estimate range"
        )


def test_known_figures_match_their_sources() -> None:
    # hand-checked against the source named in each entry
    mixtral = next(m for m in all_models() if m.id == "mixtral-8x7b")
    assert (mixtral.params_b, mixtral.active_params_b) == (46.7, 12.9) and mixtral.is_moe
    gpt4o = next(m for m in all_models() if m.id == "gpt-4o")
    assert gpt4o.active_params_range_b is not None and gpt4o.active_params_range_b.as_tuple() == (44.0, 132.0)
    assert gpt4o.tokenizer == "o200k_base" and gpt4o.token_factor == 1.0
    assert next(m for m in all_models() if m.id == "gpt-4").tokenizer == "cl100k_base"
    h100 = lookup_hardware("h100-sxm")
    assert h100 is not None and (h100.tdp_w, h100.fp16_tflops, h100.memory_gb) == (700, 989, 80)


def test_names_are_unique_across_entries() -> None:
    for entries, key in ((all_models(), canonical), (all_hardware(), hardware_key)):
        owners: dict[str, str] = {}
        for entry in entries:
            for name in (entry.id, *entry.aliases):
                assert owners.setdefault(key(name), entry.id) == entry.id, name
    assert len({grid_key(z.id) for z in all_grids()}) == len(all_grids())


def test_hardware_figures_are_positive_and_fp8_faster() -> None:
    for h in all_hardware():
        assert min(h.memory_gb, h.tdp_w, h.fp16_tflops, h.mem_bw_gbps) > 0, h.id
        assert h.fp8_tflops is None or h.fp8_tflops >= h.fp16_tflops, h.id


def test_grid_values_are_plausible() -> None:
    for z in all_grids():
        assert 0 < z.gco2e_per_kwh < 1500 and 2000 <= z.year <= 2030, z.id
    world = lookup_grid("world")
    assert world is not None and 400 < world.gco2e_per_kwh < 550


def test_provider_profiles_reference_existing_entries() -> None:
    for p in all_providers():
        assert lookup_grid(p.region) is not None, p.id
        assert lookup_hardware(p.hardware) is not None, p.id
        assert 1.0 <= p.pue < 2.0 and p.default_batch_size >= 1, p.id
        assert p.hosted or p.default_batch_size == 1, p.id
