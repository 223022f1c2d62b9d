"""Fixtures for the estimator tests: a small fake model catalog, so formulas are checked independently of the data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rice_core.catalog.specs import ModelSpec
from rice_core.estimator.inputs import resolve
from rice_core.ranges import Range

CLOSED = ModelSpec(
    "fake-closed",
    "openai",
    "fake",
    200.0,
    200.0,
    Range(100.0, 400.0),
    None,
    False,
    "o200k_base",
    1.0,
    128000,
    "large",
    ("test fixture",),
)
OPEN = ModelSpec(
    "fake-open-8b", "meta", "fake", 8.0, 8.0, None, None, True, "cl100k_base", 1.25, 128000, "small", ("test fixture",)
)
MOE = ModelSpec(
    "fake-moe", "mistral", "fake", 46.7, 12.9, None, None, True, "o200k_base", 1.0, 32000, "medium", ("test fixture",)
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
