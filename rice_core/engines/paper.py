"""``rice-paper``: the R-ICE paper's estimate (section IV), exactly as published, made safe beyond its data.

    devices   = max(1, ceil(a + b * N))                      linear regression, N = total params (B)
    prefill_s = RF(N_active, p)                              random forest: prompt encoding + 1st output token
    beta_s    = c0 + c1 * N_active + c2 * N_active^2         polynomial regression: time per further output token
    latency_s = prefill_s + (o - 1) * beta_s                 Eq. 1
    gpu_energy_wh = devices * TDP_w * 0.26 * latency_s / 3600

Runtimes are HELM's A100-SXM4-80GB, fp16, batch-1 measurements; another hardware changes only the TDP in the
power term (the paper's method has no hardware scaling: use ``calibrated`` for that). Batch size and precision
are the paper's (1, fp16) whatever is asked. The error band is the paper's validation MAPE for energy (15.3 %,
Table IV). Beyond the data: prompts past 1,920 tokens follow ``paper_fit/grid.py``'s linear tail; model sizes past
the largest profile (530 B) keep its per-token times (devices still grow with N, as tensor parallelism would
spread the extra work), and beta is held at its peak if the parabola turns down — so nothing ever decreases.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from rice_core.engines.base import EngineInput, EngineOutput
from rice_core.paper_fit.data import PROMPT_LENGTHS_MAX
from rice_core.paper_fit.fits import PaperFit, get_fit
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption

NAME = "rice-paper"
UTILIZATION = 0.26  # paper IV-A1, after Luccioni et al. (BLOOM)
ENERGY_MAPE = 0.153  # paper Table IV: energy MAPE on LLM-Perf leaderboard points
REFERENCE_HARDWARE = "a100-80gb"
SECONDS_PER_HOUR = 3600.0


def devices_for(fit: PaperFit, params_b: float) -> int:
    """Minimum #GPUs from the linear fit, rounded up, at least 1."""
    return max(1, math.ceil(fit.devices_intercept + fit.devices_slope_per_b * params_b))


def beta_s(fit: PaperFit, active_params_b: float) -> float:
    """Per-output-token seconds from the polynomial, non-decreasing: N is clipped at the data's top and the peak."""
    return clipped_beta_s(fit.beta_coefs, fit.params_max_b, active_params_b)


def clipped_beta_s(coefs: tuple[float, ...], params_max_b: float, params_b: float) -> float:
    """c0 + c1*N + c2*N^2 with N clipped at ``params_max_b`` and, for a downward parabola, at its peak."""
    c0, c1, c2 = coefs
    n = min(params_b, params_max_b)
    if c2 < 0:
        n = min(n, -c1 / (2 * c2))
    return c0 + c1 * n + c2 * n * n


def gpu_energy_wh(devices: float, tdp_w: float, latency_s: float) -> float:
    """#GPUs x TDP x utilization x runtime, in Wh."""
    return devices * tdp_w * UTILIZATION * latency_s / SECONDS_PER_HOUR


def _warnings(fit: PaperFit, inp: EngineInput) -> tuple[Problem, ...]:
    inside = fit.params_min_b <= inp.active_params_b and inp.params_b <= fit.params_max_b
    long_prompt = inp.prompt_tokens > PROMPT_LENGTHS_MAX
    if inside and not long_prompt:
        return ()
    prompt_part = (LONG_PROMPT,) if long_prompt else ()
    return prompt_part + (() if inside else _size_warning(inp.params_b, fit.params_min_b, fit.params_max_b))


LONG_PROMPT = Problem(
    "extrapolated-prompt-length",
    f"prompt is past the data's {PROMPT_LENGTHS_MAX} tokens; prefill extrapolated linearly "
    "(compute-bound, a lower bound)",
)


@functools.lru_cache(maxsize=1024)
def _size_warning(params_b: float, lo: float, hi: float) -> tuple[Problem, ...]:
    return (
        Problem(
            "extrapolated-model-size",
            f"{params_b:g} B params is outside the data's {lo:g}-{hi:g} B; runtime extrapolated",
        ),
    )


def _assumptions(inp: EngineInput, devices_fitted: bool) -> tuple[Assumption, ...]:
    return _assumptions_for(inp.hardware.id, inp.hardware.name, devices_fitted)


@functools.cache
def _assumptions_for(hardware_id: str, hardware_name: str, devices_fitted: bool) -> tuple[Assumption, ...]:
    out = [
        Assumption("utilization", UTILIZATION, "default", "paper IV-A1 (Luccioni et al., BLOOM)"),
        Assumption("runtime_data", "HELM A100-80GB fp16 batch 1", "fit", "paper IV-A: idealized runtimes"),
    ]
    if devices_fitted:
        out.append(Assumption("devices_fit", "linear params->#GPUs", "fit", "paper regression model 1"))
    if hardware_id != REFERENCE_HARDWARE:
        out.append(
            Assumption(
                "hardware_scaling",
                "none",
                "default",
                f"rice-paper uses A100-80GB runtimes with the {hardware_name} TDP",
            )
        )
    return tuple(out)


def run(inp: EngineInput) -> EngineOutput:
    """One request through the paper's three regressors and power formula."""
    fit = get_fit()
    devices = inp.devices or devices_for(fit, inp.params_b)
    prefill = fit.prefill.lookup_s(inp.active_params_b, inp.prompt_tokens)
    decode = (inp.output_tokens - 1) * beta_s(fit, inp.active_params_b)
    latency = prefill + decode
    energy = gpu_energy_wh(devices, inp.hardware.tdp_w, latency)
    band = Range(energy * (1 - ENERGY_MAPE), energy * (1 + ENERGY_MAPE))
    return EngineOutput(
        devices=devices,
        prefill_s=prefill,
        decode_s=decode,
        latency_s=latency,
        gpu_energy_wh=energy,
        gpu_energy_range_wh=band,
        assumptions=_assumptions(inp, inp.devices is None),
        warnings=_warnings(fit, inp),
    )


def run_arrays(
    params_b: Any, active_params_b: Any, prompt_tokens: Any, output_tokens: Any, tdp_w: Any, devices: Any
) -> dict[str, Any]:
    """Vectorised core over numpy arrays (``devices`` <= 0 means: from the fit). Returns arrays by field name."""
    import numpy as np

    fit = get_fit()
    active = np.asarray(active_params_b, dtype=float)
    fitted = np.maximum(1, np.ceil(fit.devices_intercept + fit.devices_slope_per_b * np.asarray(params_b, float)))
    dev = np.where(np.asarray(devices) > 0, devices, fitted)
    c0, c1, c2 = fit.beta_coefs
    n = np.minimum(active, fit.params_max_b)
    if c2 < 0:
        n = np.minimum(n, -c1 / (2 * c2))
    prefill = fit.prefill.lookup_many_s(active, prompt_tokens)
    decode = (np.asarray(output_tokens, float) - 1) * (c0 + c1 * n + c2 * n * n)
    latency = prefill + decode
    energy = dev * np.asarray(tdp_w, float) * UTILIZATION * latency / SECONDS_PER_HOUR
    return {"devices": dev, "prefill_s": prefill, "decode_s": decode, "latency_s": latency, "gpu_energy_wh": energy}


def run_many(inputs: Sequence[EngineInput]) -> list[EngineOutput]:
    """``run`` for many requests with one numpy pass."""
    if not inputs:
        return []
    fit = get_fit()
    cols = run_arrays(
        [i.params_b for i in inputs],
        [i.active_params_b for i in inputs],
        [i.prompt_tokens for i in inputs],
        [i.output_tokens for i in inputs],
        [i.hardware.tdp_w for i in inputs],
        [i.devices or 0 for i in inputs],
    )
    rows = zip(*(cols[k].tolist() for k in ("devices", "prefill_s", "decode_s", "latency_s", "gpu_energy_wh")))
    out = []
    for inp, (dev, pre, dec, lat, en) in zip(inputs, rows):
        band = Range(en * (1 - ENERGY_MAPE), en * (1 + ENERGY_MAPE))
        out.append(
            EngineOutput(
                devices=int(dev),
                prefill_s=pre,
                decode_s=dec,
                latency_s=lat,
                gpu_energy_wh=en,
                gpu_energy_range_wh=band,
                assumptions=_assumptions(inp, inp.devices is None),
                warnings=_warnings(fit, inp),
            )
        )
    return out
