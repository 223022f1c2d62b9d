"""An estimate's life-cycle fields: hand-computed on a hand-built estimate, consistent on real ones."""

from __future__ import annotations

import pytest

from rice_core.estimator import estimate
from rice_core.lifecycle.figures import electricity_for_region, embodied_for, operator_for, with_lifecycle
from rice_core.ranges import Range
from rice_core.result import Estimate
from tests.factories import make_estimate


def _hand_built(region: str = "aws:us-east-1", model: str | None = None) -> Estimate:
    # the figures the hand computations below use: 8 x h100-sxm, 2 s, batch 64, 0.5 Wh GPU, PUE 1.2, 0.2 g
    return make_estimate(
        model=model,
        hardware="h100-sxm",
        devices=8,
        batch_size=64.0,
        latency_s=2.0,
        gpu_energy_wh=0.5,
        energy_wh=0.6,
        co2e_g=0.2,
        energy_range_wh=Range(0.3, 1.2),
        co2e_range_g=Range(0.1, 0.4),
        pue=1.2,
        region=region,
    )


def test_hand_computed_figures_of_a_request_on_aws() -> None:
    e = with_lifecycle(_hand_built())
    # 8 H100 × 2 s / batch 64 = 0.25 device-s; (164 + 5700/8) kg over 5 years at 50 % use
    assert e.embodied_co2e_g == pytest.approx(0.0027774609, rel=1e-6)
    assert e.lifecycle_co2e_g == pytest.approx(0.2 + 0.0027774609, rel=1e-6)
    assert e.water_onsite_ml == pytest.approx(0.5 * 0.18)  # AWS fleet WUE (aws: region)
    assert e.water_offsite_ml == pytest.approx(0.5 * 1.2 * 3.1321)  # US electricity, EcoLogits
    assert e.water_ml == pytest.approx(e.water_onsite_ml + e.water_offsite_ml)
    assert e.primary_energy_mj == pytest.approx(0.6 / 1000 * 9.6884)


def test_hand_computed_ranges() -> None:
    e = with_lifecycle(_hand_built())
    year = 365.25 * 24 * 3600
    low_kg, high_kg = 164.0 + 2280 / 8, 575.1 + 9120 / 8
    assert e.embodied_co2e_range_g.low == pytest.approx(low_kg * 1000 * 0.25 / (6 * year * 1.0))
    assert e.embodied_co2e_range_g.high == pytest.approx(high_kg * 1000 * 0.25 / (3 * year * 0.3))
    assert e.lifecycle_co2e_range_g.low == pytest.approx(0.1 + e.embodied_co2e_range_g.low)
    it_low, it_high = 0.3 / 1.2, 1.2 / 1.2
    assert e.water_range_ml.low == pytest.approx(it_low * 0.13 + it_low * 1.2 * 3.1321 * 0.5)
    assert e.water_range_ml.high == pytest.approx(it_high * 0.19 + it_high * 1.2 * 3.1321 * 2.0)


def test_each_input_is_an_assumption() -> None:
    notes = {a.name: a for a in with_lifecycle(_hand_built()).assumptions}
    assert notes["wue_onsite_l_per_kwh"].source == "region" and notes["wue_onsite_l_per_kwh"].value == 0.18
    assert notes["embodied_kgco2e_per_device"].value == 876.5
    assert {"hardware_lifetime_years", "utilisation", "wue_offsite_l_per_kwh", "primary_energy_mj_per_kwh"} <= set(
        notes
    )


def test_operator_follows_region_then_provider_then_default() -> None:
    assert operator_for("gpt-4o", "gcp:us-central1") == (operator_for(None, "gcp:europe-west1")[0], "region")
    assert operator_for("gpt-4o", "US")[0].id == "microsoft"
    assert operator_for("claude-3-5-sonnet-20241022", "US")[0].id == "anthropic"
    assert operator_for("ollama/llama3.1:8b", "world")[0].wue_l_per_kwh == 0.0
    assert operator_for(None, "FR") == (operator_for("not-a-model", "FR")[0], "default")


def test_electricity_of_states_cloud_regions_and_custom_grids() -> None:
    assert electricity_for_region("US-CA").zone == "USA"
    assert electricity_for_region("azure:francecentral").zone == "FRA"
    assert electricity_for_region("custom").zone == "WOR"


def test_hardware_without_a_figure_uses_the_default_and_says_so() -> None:
    spec, note = embodied_for("tpu-v5e")
    assert spec.id == "h100-sxm" and "no figure for tpu-v5e" in note


def test_estimates_carry_consistent_lifecycle_fields() -> None:
    e = estimate("mistral-large-2407", prompt_tokens=100, output_tokens=400)
    assert isinstance(e, Estimate)
    assert e.lifecycle_co2e_g == pytest.approx(e.co2e_g + e.embodied_co2e_g)
    assert e.embodied_co2e_range_g.contains(e.embodied_co2e_g) and e.water_range_ml.contains(e.water_ml)
    assert e.water_offsite_ml == pytest.approx(e.energy_wh * 6.0315)  # Swedish grid, Mistral profile
    assert set(e.to_dict()) >= {"embodied_co2e_g", "water_ml", "water_range_ml", "lifecycle_co2e_g"}


def test_rice_estimate_rows_exact_text() -> None:
    from rice_core.cli.estimate_view import lifecycle_rows

    rows = {name: (value, detail) for name, value, detail in lifecycle_rows(with_lifecycle(_hand_built()))}
    # 449 kg × 0.25 device-s / (6 y × 1.0) and 1,715 kg × 0.25 / (3 y × 0.3)
    assert rows["embodied CO2e"] == ("0.00278 g", "5.93e-04 - 0.0151 g (manufacturing)")
    assert rows["life-cycle CO2e"] == ("0.203 g", "0.101 - 0.415 g")
    assert rows["water"] == ("1.97 mL", "on-site 0.09 + off-site 1.88 mL; 0.502 - 7.71 mL")
    assert rows["primary energy"] == ("5.81 kJ", "the grid's primary energy per kWh")
    assert lifecycle_rows(_hand_built()) == []  # no life-cycle figures: no rows
