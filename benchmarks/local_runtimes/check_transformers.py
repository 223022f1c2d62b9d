"""Predict every transformers row of ``speeds.csv`` with the shipped coefficients and print the error (time only).

Usage: ``python benchmarks/local_runtimes/check_transformers.py [--all] [--coefficients FILE]``. The prediction is the
physics the local stack runs (``rice_core.fit.local_speeds.predicted_seconds``: a decode step at the run's mean
context, or a whole request per output token) with ``hf-transformers.json`` (or ``FILE``, e.g. an older version), on
the row's GPU, precision, depth and KV shape. ``--all`` also prices the rows left out of the fit (``use`` = 0). The
compiled rows (``gpt-fast-compiled``: ``torch.compile`` with a static cache, not eager) are priced as well, with the
eager coefficients and with ``vllm-2025`` (CUDA graphs), which the stack's notes advise for a compiled ``generate()``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from rice_core.fit.local_speeds import predicted_seconds, read_rows, rows_speeds
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.stacks import stack_coefficients

SPEEDS = Path(__file__).with_name("speeds.csv")
COMPILED = "gpt-fast-compiled"


def size_class(params_b: float) -> str:
    """A model-size bucket for the per-size table."""
    for top, label in ((4.0, "<= 4B"), (9.0, "7-8B"), (20.0, "13-15B"), (40.0, "32B")):
        if params_b <= top:
            return label
    return "70B"


def stats(pred: np.ndarray, meas: np.ndarray) -> str:
    """MAPE, bias (mean signed error) and median signed error of time, as percentages."""
    err = pred / meas - 1.0
    return (
        f"n {len(err):3d}  MAPE {100 * np.mean(np.abs(err)):5.1f} %  bias {100 * np.mean(err):+6.1f} %  "
        f"median {100 * np.median(err):+6.1f} %"
    )


def table(title: str, keys: np.ndarray, pred: np.ndarray, meas: np.ndarray) -> None:
    """One ``stats`` line per distinct key."""
    print(title)
    for k in sorted(set(keys.tolist())):
        m = keys == k
        print(f"  {k:24s} {stats(pred[m], meas[m])}")


def price(rows: list[dict[str, str]], c: Coefficients) -> tuple[np.ndarray, np.ndarray]:
    """(predicted, measured) seconds per output token of ``rows`` under ``c``."""
    s = rows_speeds(rows, SPEEDS)
    out = np.array([float(r["output_tokens"]) for r in rows])
    per_token = np.where(s.metric == "decode_tok_s", 1.0, out)
    return predicted_seconds(s, c) / per_token, s.measured_s / per_token


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check_transformers.py", description=__doc__)
    parser.add_argument("--all", action="store_true", help="also price the rows left out of the fit (use = 0)")
    parser.add_argument("--coefficients", type=Path, help="an hf-transformers coefficient file to use instead")
    args = parser.parse_args(argv)
    c = stack_coefficients("hf-transformers")
    if args.coefficients is not None:
        doc = json.loads(args.coefficients.read_text(encoding="utf-8"))
        c = replace(Coefficients.from_dict(doc), stack="hf-transformers")
    every = read_rows(SPEEDS)
    rows = [r for r in every if r["stack"] == "hf-transformers" and (r["use"] == "1" or args.all)]
    pred, meas = price(rows, c)
    print(f"{'model':22s} {'gpu':9s} {'weights':36s} {'meas ms':>8s} {'pred ms':>8s} {'err':>7s}")
    for r, p, m in zip(rows, pred, meas, strict=True):
        print(f"{r['model']:22s} {r['gpu']:9s} {r['weights'][:36]:36s} {1e3 * m:8.2f} {1e3 * p:8.2f} {p / m - 1:+7.1%}")
    print(f"\nhf-transformers, time per output token: {stats(pred, meas)}")
    table("per GPU", np.array([r["gpu"] for r in rows]), pred, meas)
    table("per model size", np.array([size_class(float(r["params_b"])) for r in rows]), pred, meas)
    table("per precision", np.array([r["precision"] for r in rows]), pred, meas)
    table("per source", np.array([r["source"].split("@")[0].split(" ")[0] for r in rows]), pred, meas)
    compiled = [r for r in every if r["stack"] == COMPILED]
    if compiled:
        print(f"\n{COMPILED} (torch.compile, static cache; not fitted):")
        for name, coef in (("hf-transformers", c), ("vllm-2025", stack_coefficients("vllm-2025"))):
            p2, m2 = price(compiled, coef)
            print(f"  priced as {name:16s} {stats(p2, m2)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
