"""Rendering of an Estimate: exact rows and exact text on a fixed-width console."""

from __future__ import annotations

import io

from rich.console import Console

from rice_core.cli.estimate_view import figure_rows, fmt, render_estimate
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption
from tests.factories import make_estimate

E = make_estimate(
    model="m",
    params_b=8.0,
    active_params_b=8.0,
    hardware="a100-80gb",
    devices=1,
    batch_size=1.0,
    precision="fp16",
    prompt_tokens=100,
    output_tokens=50,
    prefill_s=0.03,
    decode_s=1.2,
    latency_s=1.23,
    gpu_energy_wh=0.0355,
    energy_wh=0.039,
    co2e_g=0.0187,
    energy_range_wh=Range(0.033, 0.045),
    co2e_range_g=Range(0.0158, 0.0216),
    pue=1.1,
    grid_gco2e_per_kwh=480.0,
    region="world",
    power_model="rice-paper",
    assumptions=(Assumption("pue", 1.1, "default", "paper IV-A1"),),
    warnings=(Problem("default-region", "no region given", "info"),),
)


def test_fmt() -> None:
    assert [fmt(0), fmt(0.0123456), fmt(12.345), fmt(1.5e-5), fmt(2.5e7)] == [
        "0",
        "0.0123",
        "12.3",
        "1.50e-05",
        "2.50e+07",
    ]


def test_figure_rows_exact() -> None:
    rows = {name: (value, detail) for name, value, detail in figure_rows(E)}
    assert rows["hardware"] == ("1 x a100-80gb", "")
    assert rows["latency"] == ("1.23 s", "prefill 0.03 s + decode 1.2 s")
    assert rows["energy"] == ("0.039 Wh", "0.033 - 0.045 Wh (PUE 1.1)")
    assert rows["CO2e"] == ("0.0187 g", "0.0158 - 0.0216 g (world, 480 gCO2e/kWh)")


def test_render_has_figures_assumptions_and_warnings() -> None:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(render_estimate(E))
    text = out.getvalue()
    assert "│ CO2e                    │ 0.0187 g                   │ 0.0158 - 0.0216 g (world, 480 gCO2e/kWh) │" in text
    assert "│ tokens                  │ ≈ 100 → 50 tokens (cap 50) │ output: as priced                        │" in text
    assert "│ pue   │ 1.1   │ default │ paper IV-A1 │" in text
    assert "│ default-region │ info     │ no region given │" in text
