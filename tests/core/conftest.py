"""Fixtures for the estimator tests: a small fake model catalog, so formulas are checked independently of the data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rice_core.catalog.specs import ModelSpec
from rice_core.estimator.inputs import resolve
from rice_core.ranges import Range

CLOSED = ModelSpec(
    id="fake-closed",
    provider="openai",
    family="fake",
    params_b=200.0,
    active_params_b=200.0,
    params_range_b=Range(100.0, 400.0),
    active_params_range_b=None,
    open_weights=False,
    tokenizer="o200k_base",
    token_factor=1.0,
    context_window=128000,
    tier="large",
    sources=("test fixture",),
)
OPEN = ModelSpec(
    id="fake-open-8b",
    provider="meta",
    family="fake",
    params_b=8.0,
    active_params_b=8.0,
    params_range_b=None,
    active_params_range_b=None,
    open_weights=True,
    tokenizer="cl100k_base",
    token_factor=1.25,
    context_window=128000,
    tier="small",
    sources=("test fixture",),
)
MOE = ModelSpec(
    id="fake-moe",
    provider="mistral",
    family="fake",
    params_b=46.7,
    active_params_b=12.9,
    params_range_b=None,
    active_params_range_b=None,
    open_weights=True,
    tokenizer="o200k_base",
    token_factor=1.0,
    context_window=32000,
    tier="medium",
    sources=("test fixture",),
)
FAKE = {m.id: m for m in (CLOSED, OPEN, MOE)}


@pytest.fixture
def fake_models(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, ModelSpec]]:
    """Replace the model catalog by three fake entries (and clear the resolution cache around the test)."""
    from rice_core import tokens
    from rice_core.catalog import models

    monkeypatch.setattr(models, "lookup_model", FAKE.get)
    monkeypatch.setattr(models, "suggest_models", lambda name, n=3: sorted(FAKE)[:n])
    resolve.cache_clear()
    tokens.clear_caches()
    yield FAKE
    resolve.cache_clear()
    tokens.clear_caches()


@pytest.fixture(autouse=True)
def private_fit_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the paper-fit JSON cache of these tests out of the user's home."""
    monkeypatch.setenv("RICE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "rice-cache"))
