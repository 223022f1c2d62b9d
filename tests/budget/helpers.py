"""Hand-made call sites and estimates for the budget tests (no scanner, no estimator)."""

from __future__ import annotations

from dataclasses import dataclass

from rice_core.ranges import Range
from rice_core.result import Estimate
from rice_core.scan.callsite import CallSite, Span
from tests.factories import make_estimate as estimate_with


def make_call(
    path: str = "app/bot.py",
    line: int = 10,
    *,
    function: str | None = None,
    volume: str | None = None,
    ignored: bool = False,
    model: str = "gpt-4o-mini",
) -> CallSite:
    return CallSite(
        path=path,
        span=Span(line, 4, line, 40),
        sdk="openai",
        api="chat.completions.create",
        model=model,
        model_source="literal",
        prompt_tokens=500,
        prompt_source="literal",
        output_tokens=300,
        output_tokens_source="argument",
        function=function,
        volume=volume,
        ignored=ignored,
    )


def make_estimate(
    co2e_g: float, low_g: float | None = None, high_g: float | None = None, model: str = "gpt-4o-mini"
) -> Estimate:
    low = co2e_g / 2 if low_g is None else low_g
    high = co2e_g * 2 if high_g is None else high_g
    return estimate_with(
        model=model,
        params_b=8.0,
        active_params_b=8.0,
        hardware="h100-sxm",
        devices=1,
        batch_size=8.0,
        precision="fp16",
        prompt_tokens=500,
        output_tokens=300,
        prefill_s=0.05,
        decode_s=3.0,
        latency_s=3.05,
        gpu_energy_wh=co2e_g,
        energy_wh=co2e_g * 1.2,
        co2e_g=co2e_g,
        energy_range_wh=Range(low, high),
        co2e_range_g=Range(low, high),
        pue=1.2,
        grid_gco2e_per_kwh=400.0,
        region="aws:us-east-1",
        power_model="calibrated",
    )


@dataclass(frozen=True)
class Priced:
    """Stands in for rice_core.scan.pricing.PricedCall."""

    call: CallSite
    estimate: Estimate | None
    problems: tuple = ()
