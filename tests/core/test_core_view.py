"""Rendering of an Estimate: exact rows and exact text on a fixed-width console."""

from __future__ import annotations

import io

from rich.console import Console

from rice_core.cli.estimate_view import figure_rows, fmt, render_estimate
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption, Estimate

E = Estimate(
    "m",
    8.0,
    8.0,
    "a100-80gb",
    1,
    1.0,
    "fp16",
    100,
    50,
    0.03,
    1.2,
    1.23,
    0.0355,
    0.039,
    0.0187,
    Range(0.033, 0.045),
    Range(0.0158, 0.0216),
    1.1,
    480.0,
    "world",
    "rice-paper",
    (Assumption("pue", 1.1, "default", "paper IV-A1"),),
    (Problem("default-region", "no region given", "info"),),
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
    assert "│ CO2e                     │ 0.0187 g      │ 0.0158 - 0.0216 g (world, 480 gCO2e/kWh) │" in text
    assert "│ pue   │ 1.1   │ default │ paper IV-A1 │" in text
    assert "│ default-region │ info     │ no region given │" in text
