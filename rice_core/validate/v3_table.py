"""``rice validate --data ml-energy-v3 PATH``: the 2025 stack held out by model on ML.ENERGY v3, beside v2 and HELM.

Also ``python -m rice_core.validate.v3_table [PATH]``. The v3 rows stay outside the package (the release states no
licence): PATH is the folder holding ``ml_energy_v3_part.csv`` (default: ``../shared/data/ml-energy-v3``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from rice_core.errors import InputError
from rice_core.fit.mlenergy_v3 import V3_FILE, default_v3_dir
from rice_core.validate.mlenergy import _pct, _signed
from rice_core.validate.v3_eval import V3Scores, as_shipped, evaluate_v3, groups, shipped_by_model_set
from rice_core.validate.v3_unseen import LABEL, unseen_scores

TARGETS = {"energy_mape": 0.20, "energy_bias": 0.10, "tpot_mape": 0.25, "coverage": 0.80}
_LABELS = {"h100-sxm": "H100", "b200": "B200", "a100-40gb": "A100-40GB"}


def v3_folder(path: str | Path | None) -> Path:
    """The folder holding ``ml_energy_v3_part.csv``: the given one, else ``../shared/data/ml-energy-v3``."""
    folder = Path(path) if path else default_v3_dir()
    if folder is not None and folder.is_file():
        folder = folder.parent
    if folder is None or not (folder / V3_FILE).is_file():
        raise InputError(
            f"--data ml-energy-v3 needs the folder holding {V3_FILE} (the release states no licence, so R-ICE "
            f"does not ship it): rice validate --data ml-energy-v3 PATH"
        )
    return folder


def _row(table: Table, s: V3Scores) -> None:
    table.add_row(
        _LABELS.get(s.label, s.label),
        str(s.n),
        _pct(s.energy_mape),
        _signed(s.energy_bias),
        _pct(s.tpot_mape),
        _pct(s.coverage),
        f"×{s.band_width:.1f}",
    )


def v3_table(
    scores: list[V3Scores], shipped: V3Scores, as_used: Sequence[V3Scores] = (), unseen: V3Scores | None = None
) -> Table:
    table = Table(title="ML.ENERGY v3, stack vllm-2025, leave-one-model-out")
    for col in ("rows", "n", "E MAPE", "E bias", "TPOT", "cover", "band"):
        table.add_column(col, justify="left" if col == "rows" else "right", no_wrap=True)
    for s in scores:
        _row(table, s)
    if unseen is not None:  # the same rows, the held-out model known only by its parameter counts
        table.add_section()
        _row(table, unseen)
    table.add_section()
    for s in as_used:
        _row(table, s)
    _row(table, shipped)
    return table


def beside_table() -> Table:
    """v2 (vllm-2024) energy and HELM (megatron-2022) latency, held out the same way (``mlenergy_eval``)."""
    from rice_core.validate.mlenergy_eval import evaluate, grouped

    ev = evaluate()
    table = Table(title="Beside: ML.ENERGY v2 energy and HELM batch-1 latency, held out")
    for col in ("rows", "stack", "n", "MAPE", "bias", "cover"):
        table.add_column(col, justify="left" if col in ("rows", "stack") else "right", no_wrap=True)
    for label, cal, _ in grouped(ev)[:3]:
        name = "v2 " + _LABELS.get(label.removeprefix("gpu "), label)
        table.add_row(name, "vllm-2024", str(cal.n), _pct(cal.mape), _signed(cal.bias), _pct(cal.coverage))
    h = ev.helm_held_out
    table.add_row("HELM latency", "megatron-2022", str(h.n), _pct(h.mape), _signed(h.bias), "-")
    return table


def verdict(overall: V3Scores) -> str:
    """Which of the issue-10 targets the held-out figures meet."""
    checks = (
        ("energy MAPE ≤ 20%", overall.energy_mape <= TARGETS["energy_mape"]),
        ("|bias| ≤ 10%", abs(overall.energy_bias) <= TARGETS["energy_bias"]),
        ("TPOT MAPE ≤ 25%", overall.tpot_mape <= TARGETS["tpot_mape"]),
        ("coverage ≥ 80%", overall.coverage >= TARGETS["coverage"]),
    )
    return "Targets: " + ", ".join(f"{name} {'met' if ok else 'NOT met'}" for name, ok in checks) + "."


def main_table(console: Console, path: str | Path | None, prompt_scale: float = 1.0, beside: bool = True) -> int:
    """Print the tables; exit status 0 when every target is met, 1 otherwise."""
    folder = v3_folder(path)
    ev = evaluate_v3(folder, prompt_scale)
    scores = groups(ev)
    unseen = unseen_scores(ev)
    console.print(v3_table(scores, as_shipped(ev.data, "vllm-2024"), shipped_by_model_set(ev.data), unseen))
    if beside:
        console.print(beside_table())
    console.print(
        "E = GPU energy per request; TPOT = median time per output token; band = median high/low of the range. "
        f"Prompts assumed {250 * prompt_scale:g} tokens (v3 records none). "
        f"'{LABEL}': the held-out model's depth, attention and MoE routing withheld too (defaults and the "
        "routing prior, as for a model known only by its parameter counts); its range is the wider band the engine "
        "ships for such models, each model's from the other models' no-shape residuals on its GPU. "
        "Below the line: the shipped coefficients as estimates use them (fit models in sample; unseen = models "
        "no fit used), and the 2024 coefficients. "
        + (f"{ev.data.skipped} rows without usable figures skipped. " if ev.data.skipped else "")
        + verdict(scores[0])
    )
    return 0 if "NOT" not in verdict(scores[0]) else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rice_core.validate.v3_table", description=__doc__)
    parser.add_argument("path", nargs="?", default=None, help="folder holding ml_energy_v3_part.csv")
    parser.add_argument("--prompt-scale", type=float, default=1.0, help="multiply the assumed prompt lengths")
    parser.add_argument("--no-beside", action="store_true", help="skip the v2 and HELM rows (about 20 s)")
    args = parser.parse_args(argv)
    return main_table(Console(), args.path, args.prompt_scale, beside=not args.no_beside)


if __name__ == "__main__":
    sys.exit(main())
