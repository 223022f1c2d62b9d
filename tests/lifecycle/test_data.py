"""The life-cycle catalogs: every figure sourced and ranged, every accelerator and provider covered, bad data
refused with the file, entry and field named."""

from __future__ import annotations

import copy

import pytest

from rice_core.catalog._load import read_catalog
from rice_core.catalog.hardware import all_hardware
from rice_core.catalog.providers import all_providers
from rice_core.errors import CatalogError
from rice_core.lifecycle.data import (
    ELECTRICITY,
    EMBODIED,
    WATER,
    electricity_catalog,
    embodied_catalog,
    parse_electricity,
    parse_embodied,
    parse_water,
    water_catalog,
)


def test_every_accelerator_has_a_sourced_embodied_figure_inside_its_range() -> None:
    amortisation, specs = embodied_catalog()
    assert {h.id for h in all_hardware()} <= set(specs)
    for spec in specs.values():
        assert spec.sources and spec.gpu_range_kgco2e.contains(spec.gpu_kgco2e)
        assert spec.server_range_kgco2e.contains(spec.server_kgco2e)
    assert amortisation.lifetime_range_years.as_tuple() == (3.0, 6.0) and amortisation.sources


def test_nvidia_pcf_is_the_h100_figure() -> None:
    spec = embodied_catalog()[1]["h100-sxm"]
    assert spec.gpu_kgco2e == pytest.approx(1312 / 8)
    assert (spec.server_kgco2e, spec.gpus_per_server) == (5700.0, 8)


def test_every_provider_profile_has_a_water_operator() -> None:
    operators, by_provider, by_cloud, default = water_catalog()
    assert {p.id for p in all_providers()} <= set(by_provider)
    assert set(by_cloud) == {"aws", "gcp", "azure"}
    assert operators["aws"].wue_l_per_kwh == 0.18 and operators["microsoft"].wue_l_per_kwh == 0.30
    assert all(op.sources and op.wue_range_l_per_kwh.contains(op.wue_l_per_kwh) for op in operators.values())


def test_electricity_table_keeps_its_licence_and_world_row() -> None:
    mixes, factor, sources = electricity_catalog()
    assert mixes["USA"].wue_l_per_kwh == pytest.approx(3.1321) and mixes["SWE"].pe_mj_per_kwh == pytest.approx(4.73)
    assert factor.as_tuple() == (0.5, 2.0) and sources
    assert "electricity-mix-wue-world" in mixes["SGP"].world_default


def _broken(filename: str, edit) -> dict:
    data = copy.deepcopy(read_catalog(filename))
    edit(data)
    return data


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d["hardware"][0].pop("sources"), "'sources' is missing"),
        (lambda d: d["hardware"][0].update(gpu_range_kgco2e=[500.0, 600.0]), "must contain the central figure"),
        (lambda d: d["amortisation"].update(utilisation=1.5), "'utilisation'"),
        (lambda d: d["amortisation"].update(default_hardware="tpu-v5"), "names no hardware entry"),
    ],
)
def test_bad_embodied_data_is_refused_naming_the_field(edit, words: str) -> None:
    with pytest.raises(CatalogError, match=EMBODIED) as info:
        parse_embodied(_broken(EMBODIED, edit))
    assert words in str(info.value)


def test_bad_water_data_is_refused() -> None:
    with pytest.raises(CatalogError, match="wue_l_per_kwh"):
        parse_water(_broken(WATER, lambda d: d["operators"][0].update(wue_l_per_kwh=-1)))
    with pytest.raises(CatalogError, match="repeats 'openai'"):
        parse_water(_broken(WATER, lambda d: d["operators"][0]["providers"].append("openai")))


def test_the_copied_table_cannot_lose_its_mpl_notice() -> None:
    with pytest.raises(CatalogError, match="MPL-2.0 notice"):
        parse_electricity(_broken(ELECTRICITY, lambda d: d.pop("_license")))
