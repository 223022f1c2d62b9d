"""Fit the 2025 serving stack on ML.ENERGY v3 and write the stack coefficient files with their provenance.

Usage: ``python -m rice_core.fit.stacks --v3 PATH [--batch1 CSV] [--output-dir DIR]``. Writes ``vllm-2025.json``
(fitted on the v3 rows read from PATH, which stay outside the package, and on the public batch-1 speeds of the same
stacks, ``benchmarks/serving_batch1/speeds.csv`` by default). ``megatron-2022`` and ``vllm-2024`` use ``calibrated.json``
(``python -m rice_core.fit.calibrated``); the local runtimes (``llama-cpp.json``, ``hf-transformers.json``) are
fitted on their own speed measurements afterwards (``python -m rice_core.fit.local_stacks``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from rice_core.fit.batch1_speeds import Batch1, default_batch1_path, load_batch1
from rice_core.fit.calibrated import BAND_QUANTILES
from rice_core.fit.heldout import band_from
from rice_core.fit.mlenergy_v3 import V3_PROMPT_TOKENS, MeasuredV3, load_v3
from rice_core.fit.stack_notes import UNSHAPED_NOTES, V3_NOTES, V3_SOURCE
from rice_core.fit.stack_objective import (
    B1_TOTAL_WEIGHT,
    batch1_leave_one_model_out,
    batch1_weight,
    fit_stack,
    held_out_fits,
    leave_one_model_out,
)
from rice_core.fit.unshaped import held_out_without_shapes, unshaped_bands
from rice_core.physics.stacks import stack_document

COMMAND = (
    "python -m rice_core.fit.stacks --v3 ../shared/data/ml-energy-v3 --batch1 benchmarks/serving_batch1/speeds.csv"
)
BATCH1_SOURCE = (
    "Public time-per-output-token measurements at one concurrent request of vLLM and SGLang (CUDA graphs) on NVIDIA "
    "GPUs, transcribed by hand with a source per row (benchmarks/serving_batch1/speeds.csv and its README: "
    "github.com/gpustack/gpustack @ 47277d79f4a5bae12a2d25e9ecbed2a2177a5f2d docs/performance-lab, "
    "github.com/sgl-project/sgl-cookbook @ 7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d docs/autoregressive, "
    "sgl-project/sglang#8552); kept in the repository, not shipped. Rows of other stacks, AMD GPUs or unnamed engines are priced by benchmarks/serving_batch1/check.py "
    "but not fitted."
)
BATCH1_NOTE = (
    "v3 measures batch 8 and above only. The batch-1 rows join the fit as time-per-token residuals, together weighing "
    "as much as the v3 time-per-token rows (per-row weight = v3 rows / batch-1 rows), as HELM joins ML.ENERGY in the "
    "2022-2024 fit. The v3-only fit, held out by model, priced them +45 % too slow (MAPE 45 %): its per-layer tail "
    "and all-reduce latency absorb batched costs a single stream does not pay. A per-layer cost growing with the "
    "batch (a per-sequence-per-layer term) was tried and fitted to ~0.2 us: the data reject it."
)


def residual_stats(pred: np.ndarray, meas: np.ndarray) -> dict[str, float]:
    """MAPE, bias (mean signed error) and median absolute error of predictions, as fractions."""
    err = (pred - meas) / meas
    return {
        "mape": round(float(np.mean(np.abs(err))), 4),
        "bias": round(float(np.mean(err)), 4),
        "median_ape": round(float(np.median(np.abs(err))), 4),
    }


def _band(low: float, high: float, how: str) -> dict[str, Any]:
    return {"log_low": round(low, 4), "log_high": round(high, 4), "quantiles": list(BAND_QUANTILES), "how": how}


def batch1_residuals(v: MeasuredV3, b1: Batch1) -> dict[str, Any]:
    """Held-out (leave-one-model-out, v3 rows of the model held out too) error of the batch-1 rows."""
    pred = batch1_leave_one_model_out(v, b1)
    return {
        "how": "leave-one-model-out over the batch-1 rows: each model's batch-1 and v3 rows held out together",
        "rows": len(b1.tpot_s),
        "models": sorted({str(m) for m in b1.model}),
        "weight_per_row": round(batch1_weight(v, b1), 3),
        "total_weight": B1_TOTAL_WEIGHT,
        "tpot": residual_stats(pred, b1.tpot_s),
    }


def v3_document(v: MeasuredV3, today: str, b1: Batch1 | None = None) -> dict[str, Any]:
    """Fit on every v3 row (and the batch-1 rows); bands and residual figures from leave-one-model-out predictions."""
    c = fit_stack(v, 1e-12, b1)
    fits = held_out_fits(v, b1)
    energy, tpot = leave_one_model_out(v, fits=fits)
    batched = band_from(np.log(v.rows.energy_j / energy), BAND_QUANTILES)
    old = stack_document("vllm-2024")["error_band"]
    latency = (
        old["batch1"]["log_low"] - old["batched"]["log_low"],
        old["batch1"]["log_high"] - old["batched"]["log_high"],
    )
    batch1 = (batched[0] + latency[0], batched[1] + latency[1])
    resid = np.log(v.rows.energy_j / energy)
    by_hardware = {
        str(g): _band(*band_from(resid[v.rows.gpu == g], BAND_QUANTILES), V3_NOTES["band_by_hardware"])
        for g in np.unique(v.rows.gpu)
    }
    by_gpu = {
        str(g): {
            "rows": int(np.sum(v.rows.gpu == g)),
            "energy": residual_stats(energy[v.rows.gpu == g], v.rows.energy_j[v.rows.gpu == g]),
            "tpot": residual_stats(tpot[v.rows.gpu == g], v.tpot_s[v.rows.gpu == g]),
        }
        for g in np.unique(v.rows.gpu)
    }
    data = {"ml-energy-v3": V3_SOURCE} | ({"serving-batch1": BATCH1_SOURCE} if b1 is not None else {})
    batch1_doc = {"batch1": batch1_residuals(v, b1)} if b1 is not None else {}
    notes = {k: val for k, val in V3_NOTES.items() if not k.startswith("band_")}
    return {
        "engine": "calibrated",
        "stack": "vllm-2025",
        "fitted": today,
        "command": COMMAND,
        "data": data,
        "fitted_models": sorted(str(g) for g in np.unique(v.rows.model)),
        "prompt_tokens_assumed": V3_PROMPT_TOKENS,
        "physics": {"launch_overlapped": False},
        "coefficients": {k: round(val, 6 if abs(val) >= 1e-3 else 9) for k, val in c.to_dict().items()},
        "error_band": {
            "batched": _band(*batched, V3_NOTES["band_batched"]),
            "batch1": _band(*batch1, V3_NOTES["band_batch1"]),
            "batched_by_hardware": by_hardware,
            "unshaped": unshaped_bands(
                v, held_out_without_shapes(v, b1, fits)[0], latency, BAND_QUANTILES, UNSHAPED_NOTES
            ),
        },
        "residuals": {
            "how": "leave-one-model-out over the v3 rows (each model, both GPUs and weight formats, held out)",
            "rows": len(v.rows.model),
            "energy": residual_stats(energy, v.rows.energy_j),
            "tpot": residual_stats(tpot, v.tpot_s),
            "by_gpu": by_gpu,
        }
        | batch1_doc,
        "notes": notes | ({"batch1": BATCH1_NOTE} if b1 is not None else {}),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rice_core.fit.stacks", description=__doc__)
    parser.add_argument("--v3", type=Path, required=True, help="folder holding ml_energy_v3_part.csv")
    parser.add_argument("--batch1", type=Path, default=None, help="batch-1 speeds CSV (default: the repository's)")
    parser.add_argument("--output-dir", type=Path, default=None, help="default: the package's coefficients folder")
    args = parser.parse_args(argv)
    today = dt.date.today().isoformat()
    out = args.output_dir or Path(str(resources.files("rice_core.data.coefficients")))
    b1_path = args.batch1 or default_batch1_path()
    b1 = load_batch1(b1_path) if b1_path is not None else None
    v3 = v3_document(load_v3(args.v3), today, b1)
    docs = {"vllm-2025.json": v3}
    import json

    for name, doc in docs.items():
        (out / name).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out / name}")
    for k, val in v3["coefficients"].items():
        print(f"  {k:26s} {val:g}")
    r = v3["residuals"]
    print(f"  held out: energy {r['energy']}, tpot {r['tpot']}")
    if "batch1" in r:
        print(f"  batch 1 held out ({r['batch1']['rows']} rows): tpot {r['batch1']['tpot']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
