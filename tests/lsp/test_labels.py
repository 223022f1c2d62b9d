"""Exact text of the short figures used in hints, lenses and hovers."""

from __future__ import annotations

import pytest

from rice_lsp import labels


@pytest.mark.parametrize(
    ("value", "expected"), [(300, "300"), (999, "999"), (1_234, "1.2k"), (12_345, "12k"), (1_200_000, "1.2M"), (0, "0")]
)
def test_tokens(value: int, expected: str) -> None:
    assert labels.tokens(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.42, "0.42 Wh"), (0.0042, "4.2 mWh"), (1_500, "1.5 kWh"), (3.14159, "3.1 Wh"), (0, "0 Wh")],
)
def test_energy(value: float, expected: str) -> None:
    assert labels.energy_wh(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(0.16, "0.16 gCO₂e"), (0.004, "4 mgCO₂e"), (2_500, "2.5 kgCO₂e"), (12.0, "12 gCO₂e")]
)
def test_co2e(value: float, expected: str) -> None:
    assert labels.co2e_g(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(4.93, "4.9 kg"), (0.32, "320 g"), (1_530, "1.5 t"), (25, "25 kg")])
def test_mass(value: float, expected: str) -> None:
    assert labels.mass_kg(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(0.2, "20%"), (0.004, "0.4%"), (1.234, "123%"), (0.0, "0%"), (0.05, "5%")]
)
def test_percent(value: float, expected: str) -> None:
    assert labels.percent(value) == expected


def test_count_and_seconds() -> None:
    assert labels.count(1000) == "1,000"
    assert labels.count(50_000) == "50,000"
    assert labels.seconds(0.0123) == "12 ms"
    assert labels.seconds(2.5) == "2.5 s"
