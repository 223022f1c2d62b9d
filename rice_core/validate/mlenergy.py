"""``rice validate --data ml-energy-v2``: the calibrated engine against measured energy, the paper's beside it.

Also ``python -m rice_core.validate.mlenergy [--prompt-scale X]``. Leave-one-model-out: every row is predicted by
a fit that never saw its model, and its range by error quantiles of the other models only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from rice_core.validate.mlenergy_eval import Evaluation, Scores, evaluate, grouped


def _pct(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.0f}%" if abs(x) >= 10 else f"{100 * x:.1f}%"


def _signed(x: float) -> str:
    return f"{100 * x:+.0f}%" if abs(x) >= 10 else f"{100 * x:+.1f}%"


_GPU_SHORT = {"a100-40gb": "A100", "h100-sxm": "H100"}
_GROUP_LABELS = {"gpu a100-40gb": "A100-40GB", "gpu h100-sxm": "H100-SXM"}


def energy_table(ev: Evaluation) -> Table:
    table = Table(title="ML.ENERGY v2 energy per request, leave-one-model-out")
    for col in ("rows", "engine", "n", "MAPE", "med APE", "±25%", "bias", "cover"):
        table.add_column(col, justify="left" if col in ("rows", "engine") else "right", no_wrap=True)
    for label, cal, pap in grouped(ev):
        name = _GROUP_LABELS.get(label, label)
        for engine, s in (("calibrated", cal), ("rice-paper", pap)):
            table.add_row(
                name if engine == "calibrated" else "",
                engine,
                str(s.n),
                _pct(s.mape),
                _pct(s.median_ape),
                _pct(s.within_25),
                _signed(s.bias),
                _pct(s.coverage),
                end_section=engine == "rice-paper",
            )
    return table


def _scores_row(table: Table, label: str, s: Scores) -> None:
    table.add_row(label, str(s.n), _pct(s.mape), _pct(s.median_ape), _pct(s.within_25), _signed(s.bias))


def transfer_table(ev: Evaluation) -> Table:
    table = Table(title="Hardware transfer (energy) and HELM batch-1 latency, calibrated")
    for col in ("check", "n", "MAPE", "med APE", "±25%", "bias"):
        table.add_column(col, justify="left" if col == "check" else "right", no_wrap=True)
    for label, s in ev.cross_gpu.items():
        a, b = (_GPU_SHORT[g] for g in label.split(" -> "))
        _scores_row(table, f"fit {a}, predict {b}", s)
    _scores_row(table, "HELM latency, fitted", ev.helm_in_sample)
    _scores_row(table, "HELM, profile held out", ev.helm_held_out)
    _scores_row(table, "HELM idealized, 19 keys", ev.helm_idealized)
    return table


def main_table(console: Console, args: Any) -> int:
    """Print the validation tables; 0 when the issue's targets hold, 1 otherwise."""
    scale = float(getattr(args, "prompt_scale", 1.0) or 1.0)
    with console.status("refitting without each model…"):
        ev = evaluate(scale)
    console.print(energy_table(ev))
    console.print(transfer_table(ev))
    worst = sorted(ev.helm_by_profile.items(), key=lambda kv: -abs(kv[1]))[:3]
    console.print(
        "HELM profiles with the largest held-out latency bias: " + ", ".join(f"{p} {_signed(e)}" for p, e in worst)
    )
    overall = grouped(ev)[0][1]
    ok = overall.mape <= 0.25 and abs(overall.bias) <= 0.10 and (overall.coverage or 0.0) >= 0.80
    console.print(
        f"Prompt tokens assumed: chat {250 * scale:g}, code {150 * scale:g} (ML.ENERGY records none). "
        f"Targets (MAPE ≤ 25%, |bias| ≤ 10%, coverage ≥ 80%): {'met' if ok else 'NOT met'}."
    )
    return 0 if ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rice_core.validate.mlenergy", description=__doc__)
    parser.add_argument(
        "--prompt-scale", type=float, default=1.0, help="multiply the assumed prompt lengths (sensitivity check)"
    )
    return main_table(Console(), parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
