"""Short human figures for hints, lenses and hovers: pure text functions, tested by exact output."""

from __future__ import annotations

import math

CO2E = "CO₂e"


def sig(value: float, digits: int = 2) -> str:
    """``value`` rounded to ``digits`` significant figures, without exponent or trailing zeros (0.0042 → "0.0042")."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{round(value, decimals):.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def tokens(count: int) -> str:
    """Token count: 300 → "300", 1234 → "1.2k", 12_345 → "12k", 1_200_000 → "1.2M"."""
    if count < 1_000:
        return str(count)
    if count < 1_000_000:
        return f"{sig(count / 1_000)}k"
    return f"{sig(count / 1_000_000)}M"


def _milli_kilo(value: float, unit: str) -> str:
    """``value`` in ``unit``, with an m/k prefix outside [0.01, 1000): 0.0042 → "4.2 m<unit>", 1500 → "1.5 k<unit>"."""
    if 0 < value < 0.01:
        return f"{sig(value * 1_000)} m{unit}"
    if value >= 1_000:
        return f"{sig(value / 1_000)} k{unit}"
    return f"{sig(value)} {unit}"


def energy_wh(value_wh: float) -> str:
    """Energy: 0.42 → "0.42 Wh", 0.0042 → "4.2 mWh", 1500 → "1.5 kWh"."""
    return _milli_kilo(value_wh, "Wh")


def co2e_g(value_g: float) -> str:
    """CO₂e of one request: 0.16 → "0.16 gCO₂e", 0.004 → "4 mgCO₂e", 2500 → "2.5 kgCO₂e"."""
    return _milli_kilo(value_g, f"g{CO2E}")


def mass_kg(value_kg: float) -> str:
    """A total mass: 4.93 → "4.9 kg", 0.32 → "320 g", 1530 → "1.5 t"."""
    if value_kg >= 1_000:
        return f"{sig(value_kg / 1_000)} t"
    if 0 < value_kg < 1:
        return f"{sig(value_kg * 1_000)} g"
    return f"{sig(value_kg)} kg"


def count(value: float) -> str:
    """A request count with thousands separators: 1000 → "1,000", 2.5 → "2.5"."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.3g}"


def percent(share: float) -> str:
    """A share of a budget: 0.2 → "20%", 0.004 → "0.4%", 1.234 → "123%"."""
    pct = share * 100
    if pct == 0:
        return "0%"
    if pct < 10:
        return f"{sig(pct)}%"
    return f"{pct:.0f}%"


def seconds(value_s: float) -> str:
    """A duration: 0.0123 → "12 ms", 2.5 → "2.5 s"."""
    if value_s < 1:
        return f"{sig(value_s * 1_000)} ms"
    return f"{sig(value_s)} s"
