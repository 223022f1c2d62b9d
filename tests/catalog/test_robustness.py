"""Lookups never raise on arbitrary text, and catalogs are read only when first used."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from rice_core.catalog.grid import lookup_grid
from rice_core.catalog.hardware import lookup_hardware
from rice_core.catalog.models import lookup_model, suggest_models
from rice_core.catalog.providers import lookup_provider

NAMEISH = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-._:/@ ABCZ"), max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NAMEISH, st.text(max_size=40)))
def test_lookups_never_raise(text: str) -> None:
    spec = lookup_model(text)
    assert spec is None or spec.id
    assert len(suggest_models(text, n=2)) <= 2
    assert lookup_grid(text) is None or lookup_grid(text).gco2e_per_kwh > 0  # type: ignore[union-attr]
    assert lookup_hardware(text) is None or lookup_hardware(text).tdp_w > 0  # type: ignore[union-attr]
    assert lookup_provider(text) is None or lookup_provider(text).pue >= 1.0  # type: ignore[union-attr]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["gpt-4o", "claude-3-5-sonnet", "llama-3.1-8b", "qwen2.5-7b"]),
    st.sampled_from(["", "openai/", "azure/", "openrouter/x/", "together_ai/", "ollama/"]),
    st.sampled_from(["", "-latest", "-2024-08-06", "-20241022", "-instruct", "@20240620"]),
)
def test_decorated_names_resolve_to_the_bare_entry(base: str, prefix: str, suffix: str) -> None:
    spec = lookup_model(f"{prefix}{base.upper() if prefix == 'azure/' else base}{suffix}")
    assert spec is not None and spec.id == base


def test_import_reads_no_catalog_file() -> None:
    code = (
        "import rice_core.catalog.models as m, rice_core.catalog.grid as g; "
        "print(m._catalog.cache_info().currsize, g._catalog.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["0", "0"]
