"""The disclosure catalog (rice_core/data/catalog/disclosures.json): shipped, sourced, and a bad entry is named."""

from __future__ import annotations

import copy
from importlib.resources import files
from typing import Any

import pytest

from rice_core.catalog._load import read_catalog
from rice_core.errors import CatalogError
from rice_core.lifecycle.disclosures import DISCLOSURES, disclosure_catalog, parse_disclosures

RAW = read_catalog(DISCLOSURES)


def test_the_file_is_package_data_and_every_entry_is_sourced() -> None:
    assert files("rice_core.data.catalog").joinpath(DISCLOSURES).is_file()
    cases, disclosures = disclosure_catalog()
    assert set(cases) == {"gemini-median", "mistral-400"} and len(disclosures) == 5
    assert all(entry.sources for entry in (*cases.values(), *disclosures))
    assert {d.case for d in disclosures} == set(cases)


def _set(section: str, index: int, field: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    if value is None:
        del data[section][index][field]
    else:
        data[section][index][field] = value
    return data


@pytest.mark.parametrize(
    ("section", "index", "field", "value", "message"),
    [
        ("disclosures", 0, "sources", None, "entry 'gemini-median/energy': field 'sources' is missing"),
        ("disclosures", 1, "sources", [], "entry 'gemini-median/on-site-water': field 'sources' must not be empty"),
        ("disclosures", 2, "field", "co2e_kg", "entry 'gemini-median/CO2e': field 'field' must be one of"),
        ("disclosures", 3, "case", "mistral-500", "entry 'mistral-400/CO2e': field 'case' must be one of"),
        ("disclosures", 4, "published", "45", "entry 'mistral-400/water': field 'published' must be a number"),
        ("disclosures", 0, "boundaries_match", "yes", "entry 'gemini-median/energy': field 'boundaries_match'"),
        ("cases", 0, "output_tokens", -300, "entry 'gemini-median': field 'output_tokens' must be a positive integer"),
        ("cases", 1, "model", None, "entry 'mistral-400': field 'model' is missing"),
        ("cases", 1, "id", "gemini-median", "entry 'gemini-median': field 'id' is a duplicate"),
    ],
)
def test_a_malformed_entry_is_named_with_its_field(
    section: str, index: int, field: str, value: Any, message: str
) -> None:
    with pytest.raises(CatalogError) as raised:
        parse_disclosures(_set(section, index, field, value))
    assert str(raised.value).startswith(f"catalog {DISCLOSURES}: ") and message in str(raised.value)


def test_a_missing_list_is_named() -> None:
    data = copy.deepcopy(RAW)
    del data["disclosures"]
    with pytest.raises(CatalogError, match="catalog disclosures.json: 'disclosures' must be a non-empty list"):
        parse_disclosures(data)
