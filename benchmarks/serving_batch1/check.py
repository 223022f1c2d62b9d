"""Predict every batch-1 row of ``speeds.csv`` with the shipped 2025 stack and print the error (time per token).

Usage: ``python benchmarks/serving_batch1/check.py [--all]`` (``--all`` also prints the rows left out, ``use`` = 0,
that the physics can price). The prediction is the physics the engine runs for a self-hosted request:
``decode_step_s`` of the ``vllm-2025`` coefficients at batch 1, the row's devices, precision and lengths, and the
model's shape from the catalog (layers, KV heads, MoE routing), built as the ML.ENERGY v3 loader builds its rows.
``estimate()`` adds hosted speculative decoding for catalog models with a provider, which these self-hosted
measurements do not use, so the physics is called directly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from rice_core.fit.batch1_speeds import fit_row, row_workload
from rice_core.fit.local_speeds import read_rows as read_csv
from rice_core.physics.coefficients import Coefficients
from rice_core.physics.stacks import stack_coefficients, stack_document
from rice_core.physics.timing import allreduce_s, decode_step_s, launch_s, memory_s, step_bytes, step_weight_bytes
from rice_core.physics.timing import weight_read_factor
from rice_core.physics.workload import Workload

SPEEDS = Path(__file__).with_name("speeds.csv")


def read_rows(path: Path = SPEEDS, *, every: bool = False) -> list[dict[str, str]]:
    """The rows to price: ``use`` = 1 (every row with a GPU and a precision when ``every``)."""
    return [r for r in read_csv(path) if r["use"] == "1" or (every and r["gpu"] and r["precision"])]


def workload(row: dict[str, str]) -> Workload:
    """The physics' view of one measured configuration (``rice_core.fit.batch1_speeds``)."""
    return row_workload(row)


def parts_ms(w: Workload, c: Coefficients) -> tuple[float, float, float, float]:
    """(memory, per-layer tail, all-reduces, per-sequence host) of one decode step, ms."""
    read = step_bytes(w) + step_weight_bytes(w) * (weight_read_factor(w, c) - 1.0)
    return (
        1e3 * float(memory_s(read, w, c)),
        1e3 * float(launch_s(w, c)),
        1e3 * float(allreduce_s(w, c)),
        1e3 * c.seq_overhead_s * float(w.batch_size),
    )


def stats(pred: np.ndarray, meas: np.ndarray) -> str:
    """MAPE, bias (mean signed error) and median signed error, as percentages."""
    err = pred / meas - 1.0
    return f"MAPE {100 * np.mean(np.abs(err)):5.1f} %  bias {100 * np.mean(err):+6.1f} %  median {100 * np.median(err):+6.1f} %"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check.py", description=__doc__)
    parser.add_argument("--all", action="store_true", help="also price the rows left out (use = 0)")
    parser.add_argument("--stack", default="vllm-2025", help="coefficient set to predict with (default vllm-2025)")
    parser.add_argument(
        "--coefficients", type=Path, help="a coefficient file to predict with instead (e.g. an old one)"
    )
    args = parser.parse_args(argv)
    c = stack_coefficients(args.stack)
    if args.coefficients is not None:
        c = replace(Coefficients.from_dict(json.loads(args.coefficients.read_text(encoding="utf-8"))), stack=args.stack)
    rows = read_rows(every=args.all)
    pred = np.array([1e3 * float(decode_step_s(workload(r), c)) for r in rows])
    meas = np.array([float(r["value_ms"]) for r in rows])
    print(
        f"{'model':36s} {'gpu':9s} {'tp':>3s} {'p/o':>10s} {'stack':14s} {'meas':>6s} {'pred':>6s} {'err':>6s}  mem+tail+ar+host ms"
    )
    for r, p, m in zip(rows, pred, meas, strict=True):
        mem, tail, ar, host = parts_ms(workload(r), c)
        lengths = f"{float(r['prompt_tokens']):.0f}/{float(r['output_tokens']):.0f}"
        mark = "" if r["use"] == "1" else " (left out)"
        print(
            f"{r['model'][:36]:36s} {r['gpu']:9s} {r['devices']:>3s} {lengths:>10s} {r['stack'][:14]:14s} "
            f"{m:6.2f} {p:6.2f} {100 * (p / m - 1):+5.0f}%  {mem:.2f}+{tail:.2f}+{ar:.2f}+{host:.2f}{mark}"
        )
    used = np.array([r["use"] == "1" for r in rows])
    fitted = np.array([fit_row(r) for r in rows])
    print(f"\nall {int(used.sum())} batch-1 rows ({args.stack}): {stats(pred[used], meas[used])}")
    print(f"  the fit's rows (vLLM/SGLang on NVIDIA) n={int(fitted.sum()):2d}  {stats(pred[fitted], meas[fitted])}")
    rest = used & ~fitted
    print(f"  the other rows                       n={int(rest.sum()):2d}  {stats(pred[rest], meas[rest])}")
    held = stack_document(args.stack).get("residuals", {}).get("batch1") if args.coefficients is None else None
    if held:
        print(f"  the fit's rows held out by model (coefficient file): {held['tpot']}")
    for key in ("gpu", "stack", "model"):
        for value in sorted({r[key] for r, u in zip(rows, used, strict=True) if u}):
            sel = used & np.array([r[key] == value for r in rows])
            print(f"  {key} {value[:44]:44s} n={int(sel.sum()):2d}  {stats(pred[sel], meas[sel])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
