"""Fit the local runtimes' own overhead coefficients on public speed measurements and write their coefficient files.

Usage: ``python -m rice_core.fit.local_stacks [--data benchmarks/local_runtimes/speeds.csv] [--output-dir DIR]``.
Writes ``llama-cpp.json`` (llama.cpp / Ollama) and ``hf-transformers.json`` (eager ``generate()``). Only time is
fitted (no energy of these runtimes is used): each file keeps its base stack's power coefficients, so energy follows
from the fitted time and that stack's fitted power model. The batch-1 band of a stack in ``local_band.OWN_BAND`` adds
its own held-out time error to the base's batched band (``fit/local_band.py``). Run after the base stack's fit.
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

from rice_core.fit.local_band import batch1_band
from rice_core.fit.local_notes import BASE, DATA, MEANING, NOTES
from rice_core.fit.local_speeds import FREE, Speeds, fit_hosts, held_out, load_speeds, predicted_seconds
from rice_core.physics.stacks import stack_coefficients, stack_document

DEFAULT_DATA = Path("benchmarks/local_runtimes/speeds.csv")
COMMAND = "python -m rice_core.fit.local_stacks --data benchmarks/local_runtimes/speeds.csv"
FILES = {"llama.cpp": "llama-cpp.json", "hf-transformers": "hf-transformers.json"}


def stats(pred: np.ndarray, meas: np.ndarray) -> dict[str, float]:
    """MAPE, bias and median absolute error of predicted vs measured times, as fractions."""
    err = pred / meas - 1.0
    return {
        "rows": int(len(err)),
        "mape": round(float(np.mean(np.abs(err))), 4),
        "bias": round(float(np.mean(err)), 4),
        "median_ape": round(float(np.median(np.abs(err))), 4),
    }


def by_metric(s: Speeds, pred: np.ndarray) -> dict[str, dict[str, float]]:
    """``stats`` per measured quantity (decode, prefill, whole request)."""
    return {str(m): stats(pred[s.metric == m], s.measured_s[s.metric == m]) for m in np.unique(s.metric)}


def held_out_block(s: Speeds, stack: str, key: np.ndarray, how: str) -> dict[str, Any]:
    """Held-out figures per metric, for the time per output token (every row but prefill) and per held-out group."""
    base = stack_coefficients(BASE[stack])
    pred = held_out(s, base, stack, key)
    per_token = s.metric != "prefill_tok_s"
    groups = {
        str(k): {
            str(m): stats(pred[(key == k) & (s.metric == m)], s.measured_s[(key == k) & (s.metric == m)])
            for m in np.unique(s.metric[key == k])
        }
        for k in np.unique(key)
    }
    return {
        "how": how,
        "per_output_token": stats(pred[per_token], s.measured_s[per_token]),
        **by_metric(s, pred),
        "by_group": groups,
    }


def document(stack: str, s: Speeds, today: str) -> dict[str, Any]:
    """The coefficient file of one local runtime: fitted terms, the base stack's others, provenance, residuals."""
    base_doc = stack_document(BASE[stack])
    c, hosts = fit_hosts(s, stack_coefficients(BASE[stack]), stack)
    coefficients = {k: round(v, 6 if abs(v) >= 1e-3 else 9) for k, v in c.to_dict().items()}
    in_sample = by_metric(s, predicted_seconds(s, c))
    gpus = held_out_block(s, stack, s.gpu, "each GPU's rows predicted by a fit that never saw that GPU")
    bands, band_figures = batch1_band(stack, s, base_doc["error_band"])
    residuals: dict[str, Any] = {
        "how": "predicted / measured - 1 of each row's time; fractions. 'time': time per output token (decode "
        "steps, or whole requests per output token), each GPU held out",
        "time": {k: gpus["per_output_token"][k] for k in ("mape", "bias", "median_ape")},
        "in_sample": in_sample,
        "leave_one_gpu_out": gpus,
        "batch1_band": band_figures,
    }
    if hosts:
        residuals["host_floor_by_machine"] = {
            "how": "each measuring machine's launch floor as a multiple of the shared one (fitted beside it; "
            "estimates use the shared one, the host being unknown)",
            **{k: round(v, 3) for k, v in hosts.items()},
        }
    if len(np.unique(s.workload.params_b)) > 1:  # models of one size (all 7B) would hold nothing out
        residuals["leave_one_model_out"] = held_out_block(
            s, stack, s.model, "each model's rows predicted by a fit that never saw that model"
        )
    return {
        "engine": "calibrated",
        "stack": stack,
        "fitted": today,
        "command": COMMAND,
        "base_stack": BASE[stack],
        "data": DATA[stack],
        "fitted_rows": int(len(s.metric)),
        "physics": base_doc.get("physics", {"launch_overlapped": True}),
        "fitted_coefficients": {f[0]: MEANING[f[0]] for f in FREE[stack]},
        "coefficients": coefficients,
        "error_band": bands,
        "residuals": residuals,
        "notes": NOTES[stack],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rice_core.fit.local_stacks", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the speeds CSV (default: %(default)s)")
    parser.add_argument("--output-dir", type=Path, default=None, help="default: the package's coefficients folder")
    args = parser.parse_args(argv)
    today = dt.date.today().isoformat()
    out = args.output_dir or Path(str(resources.files("rice_core.data.coefficients")))
    out.mkdir(parents=True, exist_ok=True)
    for stack, name in FILES.items():
        doc = document(stack, load_speeds(args.data, stack), today)
        (out / name).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out / name} ({doc['fitted_rows']} rows)")
        for k in doc["fitted_coefficients"]:
            print(f"  {k:26s} {doc['coefficients'][k]:g}")
        for k, v in doc["residuals"]["leave_one_gpu_out"].items():
            if isinstance(v, dict) and "mape" in v:
                print(f"  held out by GPU, {k}: MAPE {v['mape']:.1%}, bias {v['bias']:+.1%} ({v['rows']} rows)")
        for k, v in doc["residuals"]["batch1_band"].items():
            if isinstance(v, dict):
                print(f"  batch-1 band ({k}): x{v['width']} wide, held-out coverage {v['coverage']:.1%}", end="")
                print(f", nested {v['nested']['coverage']:.1%}" if "nested" in v else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
