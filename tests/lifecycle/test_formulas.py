"""The life-cycle formulas against values computed by hand (units in the names)."""

from __future__ import annotations

import pytest

from rice_core.lifecycle import formulas as f
from rice_core.ranges import Range


def test_device_seconds_shares_the_devices_with_the_batch() -> None:
    assert f.device_seconds(8, 2.0, 64) == pytest.approx(0.25)  # 8 × 2 s / 64
    assert f.device_seconds(2, 3.0, 0.5) == pytest.approx(6.0)  # a batch below 1 counts as 1


def test_per_device_is_the_gpu_plus_its_share_of_the_server() -> None:
    assert f.per_device_kgco2e(164.0, 5700.0, 8) == pytest.approx(876.5)  # 164 + 712.5


def test_embodied_spreads_the_footprint_over_the_serving_seconds_of_a_life() -> None:
    # 876.5 kg × 1000 × 0.25 s / (5 y × 31,557,600 s/y × 0.5) = 219,125 / 78,894,000 g
    assert f.embodied_g(876.5, 0.25, 5.0, 0.5) == pytest.approx(0.0027774609, rel=1e-6)


def test_embodied_range_pairs_the_small_footprint_with_the_long_busy_life() -> None:
    span = f.embodied_range_g(Range(100.0, 400.0), 1.0, Range(3.0, 6.0), Range(0.25, 1.0))
    year = 365.25 * 24 * 3600
    assert span.low == pytest.approx(100_000 / (6 * year * 1.0))
    assert span.high == pytest.approx(400_000 / (3 * year * 0.25))


def test_water_onsite_and_offsite() -> None:
    assert f.water_onsite_ml(0.5, 0.3) == pytest.approx(0.15)  # 0.5 Wh × 0.3 L/kWh = 0.15 mL
    assert f.water_offsite_ml(0.5, 1.2, 3.0) == pytest.approx(1.8)  # 0.5 Wh × 1.2 × 3 L/kWh


def test_primary_energy() -> None:
    assert f.primary_energy_mj(600.0, 10.0) == pytest.approx(6.0)  # 0.6 kWh × 10 MJ/kWh
