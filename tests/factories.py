"""Hand-built records for tests that need one without running the scanner or the estimator.

Tests name only the fields they depend on; when ``Estimate`` gains a required field, only ``ESTIMATE_DEFAULTS``
changes. Importable from every test folder as ``tests.factories`` (pytest puts the project root on ``sys.path``).
"""

from __future__ import annotations

from typing import Any

from rice_core.ranges import Range
from rice_core.result import Estimate

# A plausible request: 70B dense model on 8 H100s, 100 → 100 tokens, in AWS us-east-1.
ESTIMATE_DEFAULTS: dict[str, Any] = {
    "model": None,
    "params_b": 70.0,
    "active_params_b": 70.0,
    "hardware": "h100-sxm",
    "devices": 8,
    "batch_size": 64.0,
    "precision": "bf16",
    "prompt_tokens": 100,
    "output_tokens": 100,
    "prefill_s": 0.5,
    "decode_s": 1.5,
    "latency_s": 2.0,
    "gpu_energy_wh": 0.5,
    "energy_wh": 0.6,
    "co2e_g": 0.2,
    "energy_range_wh": Range(0.3, 1.2),
    "co2e_range_g": Range(0.1, 0.4),
    "pue": 1.2,
    "grid_gco2e_per_kwh": 333.3,
    "region": "aws:us-east-1",
    "power_model": "calibrated",
}


def make_estimate(**overrides: Any) -> Estimate:
    """``ESTIMATE_DEFAULTS`` with ``overrides`` on top; an unknown field name raises ``TypeError``."""
    return Estimate(**{**ESTIMATE_DEFAULTS, **overrides})
