"""A corrupted catalog raises CatalogError naming the file, the entry and the field."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog import grid, hardware, models, providers
from rice_core.errors import CatalogError


def _shipped(filename: str) -> dict[str, Any]:
    return json.loads(files("rice_core.data.catalog").joinpath(filename).read_text(encoding="utf-8"))


@pytest.fixture
def corrupt(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Any, Callable[[dict[str, Any]], None]], None]]:
    """Make ``module``'s loader return the shipped data after ``mutate``; caches are cleared around the test."""
    modules = (models, hardware, grid, providers)

    def apply(module: Any, mutate: Callable[[dict[str, Any]], None]) -> None:
        data = copy.deepcopy(_shipped(module.FILENAME))
        mutate(data)
        monkeypatch.setattr(module, "read_catalog", lambda filename: data)
        module._catalog.cache_clear()

    for m in modules:
        m._catalog.cache_clear()
    yield apply
    monkeypatch.undo()
    for m in modules:
        m._catalog.cache_clear()


def _model(data: dict[str, Any], model_id: str) -> dict[str, Any]:
    return next(m for m in data["models"] if m["id"] == model_id)


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: _model(d, "gpt-4o").pop("sources"), "entry 'gpt-4o': field 'sources' is missing"),
        (lambda d: _model(d, "gpt-4o").update(sources=[]), "entry 'gpt-4o': field 'sources' must not be empty"),
        (
            lambda d: _model(d, "gpt-4o").update(active_params_range_b=[132, 44]),
            "entry 'gpt-4o': field 'active_params_range_b' has low > high",
        ),
        (
            lambda d: _model(d, "llama-3.1-8b").update(params_b="eight"),
            "entry 'llama-3.1-8b': field 'params_b' must be a number",
        ),
        (lambda d: _model(d, "llama-3.1-8b").update(params_b=-8), "entry 'llama-3.1-8b': field 'params_b' must be > 0"),
        (
            lambda d: _model(d, "mixtral-8x7b").update(active_params_b=50),
            "entry 'mixtral-8x7b': field 'active_params_b'",
        ),
        (lambda d: _model(d, "gpt-4o").update(tier="huge"), "entry 'gpt-4o': field 'tier' must be one of"),
        (lambda d: _model(d, "gpt-4o").update(tokenizer_profile="nope"), "entry 'gpt-4o': field 'tokenizer_profile'"),
        (lambda d: _model(d, "gpt-4o").update(context_window=1.5), "entry 'gpt-4o': field 'context_window'"),
        (lambda d: _model(d, "gpt-4o").update(open_weights="no"), "entry 'gpt-4o': field 'open_weights'"),
        (
            lambda d: _model(d, "gpt-4o-mini").update(aliases=["chatgpt-4o-latest"]),
            "entry 'gpt-4o-mini': field 'aliases' name 'chatgpt-4o-latest' already belongs to 'gpt-4o'",
        ),
        (lambda d: d["models"].append(copy.deepcopy(_model(d, "o1"))), "entry 'o1': field 'id' is a duplicate"),
        (lambda d: d["models"][3].pop("id"), "entry '#3': field 'id' must be a non-empty string"),
        (lambda d: d.update(models="oops"), "'models' must be a non-empty list"),
    ],
)
def test_corrupted_model_catalog(corrupt: Any, mutate: Callable[[dict[str, Any]], None], needle: str) -> None:
    corrupt(models, mutate)
    with pytest.raises(CatalogError) as info:
        models.lookup_model("gpt-4o")
    assert needle in str(info.value)
    assert "models.json" in str(info.value)


def test_corrupted_hardware_catalog(corrupt: Any) -> None:
    corrupt(hardware, lambda d: next(h for h in d["hardware"] if h["id"] == "h100-sxm").update(tdp_w=None))
    with pytest.raises(CatalogError, match=r"hardware.json: entry 'h100-sxm': field 'tdp_w' must be a number"):
        hardware.all_hardware()


def test_corrupted_grid_catalog_bad_parent(corrupt: Any) -> None:
    corrupt(grid, lambda d: d["cloud_regions"][0].update(parent="ZZ"))
    with pytest.raises(CatalogError, match=r"entry 'aws:us-east-1': field 'parent' names no zone: 'ZZ'"):
        grid.lookup_grid("FR")


def test_corrupted_grid_catalog_missing_year(corrupt: Any) -> None:
    corrupt(grid, lambda d: d["zones"][1].pop("year"))
    with pytest.raises(CatalogError, match=r"grid.json: entry '\w\w': field 'year' is missing"):
        grid.all_grids()


def test_corrupted_provider_catalog(corrupt: Any) -> None:
    corrupt(providers, lambda d: d["providers"][0].update(pue=0.9))
    with pytest.raises(CatalogError, match=r"entry 'openai': field 'pue' must be >= 1.0"):
        providers.lookup_provider("openai")


def test_unreadable_file_is_a_catalog_error() -> None:
    from rice_core.catalog import _load

    with pytest.raises(CatalogError, match="catalog missing.json: cannot be read"):
        _load.read_catalog("missing.json")
