"""The optional ``precision`` field of models.json: the native serving precision, canonical and sourced."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog import models
from rice_core.catalog.models import all_models, lookup_model, parse_models
from rice_core.errors import CatalogError
from rice_core.precision import CANONICAL

EXPECTED = {
    "gpt-oss-120b": "mxfp4",
    "gpt-oss-20b": "mxfp4",
    "deepseek-v3": "fp8",
    "deepseek-r1": "fp8",
    "llama-4-maverick": "fp8",
    "kimi-k2": "fp8",
    "kimi-k2-thinking": "int4",
}


def _shipped() -> dict[str, Any]:
    return json.loads(files("rice_core.data.catalog").joinpath(models.FILENAME).read_text(encoding="utf-8"))


def _entry(data: dict[str, Any], model_id: str) -> dict[str, Any]:
    return next(m for m in data["models"] if m["id"] == model_id)


def test_native_precisions_in_the_shipped_catalog() -> None:
    found = {m.id: m.precision for m in all_models() if m.precision is not None}
    assert found == EXPECTED


def test_every_native_precision_is_canonical_and_sourced() -> None:
    for spec in all_models():
        if spec.precision is not None:
            assert spec.precision in CANONICAL
            assert any(spec.precision in s.lower() for s in spec.sources), spec.id


def test_aliases_share_the_precision() -> None:
    assert lookup_model("deepseek-chat").precision == "fp8"  # type: ignore[union-attr]
    assert lookup_model("openai/gpt-oss-120b").precision == "mxfp4"  # type: ignore[union-attr]
    assert lookup_model("gpt-4o").precision is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: _entry(d, "gpt-oss-120b").update(precision="fp4"), "field 'precision' must be one of"),
        (lambda d: _entry(d, "gpt-oss-120b").update(precision="MXFP4"), "field 'precision' must be one of"),
        (lambda d: _entry(d, "gpt-oss-120b").update(precision=8), "field 'precision' must be one of"),
        (
            lambda d: _entry(d, "gpt-4o").update(precision="int4"),
            "field 'precision' is 'int4' but no entry in 'sources'",
        ),
    ],
)
def test_bad_precision_is_refused_on_load(mutate: Callable[[dict[str, Any]], None], needle: str) -> None:
    data = copy.deepcopy(_shipped())
    mutate(data)
    with pytest.raises(CatalogError) as info:
        parse_models(data)
    assert needle in str(info.value) and "models.json" in str(info.value)


def test_null_precision_is_accepted() -> None:
    data = copy.deepcopy(_shipped())
    _entry(data, "deepseek-v3")["precision"] = None
    assert parse_models(data).models["deepseek-v3"].precision is None
