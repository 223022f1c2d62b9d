"""Refit the calibrated engine's coefficients from the shipped data and write ``data/coefficients/calibrated.json``.

Usage: ``python -m rice_core.fit.calibrated [--output PATH] [--check]`` (``--check`` refits the coefficients only,
without the held-out error bands, compares them with the shipped file and exits 1 when one moved by more than 2 %).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from rice_core.fit.datasets import ASSUMED_PROMPT_TOKENS, helm_megatron, mlenergy
from rice_core.fit.heldout import (
    band_from,
    leave_one_model_out_j,
    leave_one_profile_out_s,
)
from rice_core.fit.notes import NOTES, SOURCES
from rice_core.fit.objective import fit_stacks

CHECK_TOLERANCE = 0.02  # the loss is flat along mfu_decode: another scipy may stop 1 % away
BAND_QUANTILES = (0.075, 0.925)  # nested held-out coverage on ML.ENERGY ≥ 80 % with a margin (83 %; 0.08/0.92: 80.6 %)


def fitted_document(today: str) -> dict[str, Any]:
    """Fit on everything, measure held-out error, and return the JSON document."""
    mle, helm = mlenergy(), helm_megatron()
    c, megatron = fit_stacks(mle, helm)
    energy_resid = np.log(mle.energy_j / leave_one_model_out_j(mle, helm))
    latency_resid = np.log(helm.time_s / leave_one_profile_out_s(mle, helm))
    batched = band_from(energy_resid, BAND_QUANTILES)
    helm_band = band_from(latency_resid, BAND_QUANTILES)
    batch1 = (batched[0] + helm_band[0], batched[1] + helm_band[1])
    return {
        "engine": "calibrated",
        "stack": "vllm-2024",
        "megatron-2022": _rounded(megatron.to_dict()),
        "fitted": today,
        "command": "python -m rice_core.fit.calibrated",
        "data": SOURCES,
        "prompt_tokens_assumed": ASSUMED_PROMPT_TOKENS,
        "coefficients": _rounded(c.to_dict()),
        "error_band": {
            "batched": {
                "log_low": round(batched[0], 4),
                "log_high": round(batched[1], 4),
                "quantiles": list(BAND_QUANTILES),
                "how": NOTES["band_batched"],
            },
            "batch1": {
                "log_low": round(batch1[0], 4),
                "log_high": round(batch1[1], 4),
                "quantiles": list(BAND_QUANTILES),
                "how": NOTES["band_batch1"],
            },
        },
        "residuals": {
            "how": "ML.ENERGY v2 energy leave-one-model-out; HELM latency leave-one-profile-out (fractions)",
            "ml-energy-v2 energy": residual_stats(energy_resid),
            "helm latency": residual_stats(latency_resid),
        },
        "notes": {k: v for k, v in NOTES.items() if not k.startswith("band_")},
    }


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 6 if abs(v) >= 1e-3 else 9) for k, v in values.items()}


def megatron_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The 2022 Megatron stack's file: the joint fit's shared coefficients with its own launch and all-reduce."""
    out = {k: v for k, v in doc.items() if k != "megatron-2022"}
    out["stack"] = "megatron-2022"
    out["coefficients"] = doc["megatron-2022"]
    out["residuals"] = {"how": doc["residuals"]["how"], "helm latency": doc["residuals"]["helm latency"]}
    return out


def residual_stats(log_resid: np.ndarray) -> dict[str, float]:
    """MAPE, bias and median absolute error of held-out predictions from log(measured / predicted)."""
    err = np.exp(-log_resid) - 1.0  # (predicted - measured) / measured
    return {
        "mape": round(float(np.mean(np.abs(err))), 4),
        "bias": round(float(np.mean(err)), 4),
        "median_ape": round(float(np.median(np.abs(err))), 4),
    }


def _shipped(name: str = "calibrated.json") -> dict[str, Any]:
    text = resources.files("rice_core.data.coefficients").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def _moved(new: dict[str, float], old: dict[str, float]) -> list[str]:
    return [k for k in new if abs(new[k] - old.get(k, 0.0)) > CHECK_TOLERANCE * max(abs(old.get(k, 0.0)), 1e-9)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rice_core.fit.calibrated", description=__doc__)
    parser.add_argument("--output", type=Path, default=None, help="where to write (default: the package's file)")
    parser.add_argument(
        "--check", action="store_true", help="refit and compare with the shipped coefficients (2 %% tolerance)"
    )
    args = parser.parse_args(argv)
    if args.check:
        vllm, megatron = fit_stacks(mlenergy(), helm_megatron())
        moved = _moved(vllm.to_dict(), _shipped()["coefficients"])
        moved += [
            f"megatron-2022 {k}" for k in _moved(megatron.to_dict(), _shipped("megatron-2022.json")["coefficients"])
        ]
        print("coefficients reproduce the shipped file" if not moved else f"moved by more than 2 %: {moved}")
        return 1 if moved else 0
    doc = fitted_document(dt.date.today().isoformat())
    out = args.output or Path(str(resources.files("rice_core.data.coefficients").joinpath("calibrated.json")))
    megatron_path = out.with_name("megatron-2022.json")
    out.write_text(json.dumps({k: v for k, v in doc.items() if k != "megatron-2022"}, indent=2) + "\n", "utf-8")
    megatron_path.write_text(json.dumps(megatron_document(doc), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} (vllm-2024) and {megatron_path} (megatron-2022)")
    for k, v in doc["coefficients"].items():
        print(f"  {k:26s} {v:g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
