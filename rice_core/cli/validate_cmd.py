"""``rice validate``: the paper's Table III and fit R^2 beside ours (``--data helm``, the default), or the
calibrated engine against measured energy (``--data ml-energy-v2``, in ``rice_core.validate.mlenergy``)."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from rice_core.errors import InputError

DATASETS = ("helm", "ml-energy-v2", "ml-energy-v3")


def register(sub: Any, name: str, help_text: str) -> None:
    p = sub.add_parser(name, help=help_text, description=help_text)
    p.add_argument(
        "--data",
        choices=DATASETS,
        default="helm",
        help="helm: reproduce the paper (default); ml-energy-v2 / ml-energy-v3 PATH: calibrated engine vs measurements",
    )
    p.add_argument(
        "path",
        nargs="?",
        default=None,
        help="ml-energy-v3: folder holding ml_energy_v3_part.csv (not shipped: the release states no licence)",
    )
    p.add_argument("--no-lomo", action="store_true", help="helm: skip the leave-one-model-out scores (faster)")
    p.add_argument(
        "--prompt-scale",
        type=float,
        default=1.0,
        help="ml-energy-v2: multiply the assumed prompt lengths (sensitivity check)",
    )
    p.set_defaults(run=run)


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table_iii(lomo: bool, width: int | None = None) -> Any:
    """Rich table: the paper's Table III beside our 80:20 scores and (optionally) leave-one-model-out scores.
    Narrower than its natural width (``width``), the MSE columns give way first, then the paper's MAPE; numbers
    are never cut (``rice_core.textfit``)."""
    from rich import box
    from rich.table import Table

    from rice_core.textfit import Column, fit
    from rice_core.validate.paper import PAPER_TABLE_III, lomo_scores, split_scores

    ours = split_scores()
    held = lomo_scores() if lomo else {}
    cells: dict[str, list[str]] = {name: [] for name in TABLE_III_RANKS}
    for name, (r2, mse, mape) in PAPER_TABLE_III.items():
        s, h = ours.get(name), held.get(name)
        row = [name, _f(r2), _f(s.r2 if s else None), _f(mse), _f(s.mse if s else None, 4), _f(mape)]
        row += [_f(s.mape if s else None), _f(h.r2 if h else None), _f(h.mape if h else None)]
        for header, value in zip(TABLE_III_RANKS, row):
            cells[header].append(value)
    columns = [Column(name, cells[name], rank) for name, rank in TABLE_III_RANKS.items() if lomo or "LOMO" not in name]
    kept, _ = fit(columns, width) if width else (columns, {})
    dropped = [c.header for c in columns if c not in kept]
    title = "Table III: prompt-encoding latency regressors (80:20 split; paper | ours)"
    caption = f"Left out at this width: {', '.join(dropped)} (a wider terminal shows them)." if dropped else None
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, caption=caption)
    for column in kept:
        table.add_column(column.header, justify="left" if column.header == "algorithm" else "right", no_wrap=True)
    for i in range(len(PAPER_TABLE_III)):
        table.add_row(*(c.cells[i] for c in kept))
    return table


# column → drop rank (0: always shown; the highest goes first when the terminal is narrow)
TABLE_III_RANKS = {
    "algorithm": 0,
    "R2 paper": 0,
    "R2 ours": 0,
    "MSE paper": 4,
    "MSE ours": 3,
    "MAPE paper": 2,
    "MAPE ours": 0,
    "LOMO R2": 0,
    "LOMO MAPE": 1,
}


def fits_table(lomo: bool) -> Any:
    from rich.table import Table

    from rice_core.validate.paper import fit_lomo, fit_r2

    held = fit_lomo() if lomo else {}
    table = Table(title="Other R-ICE fits (14 distinct HELM profiles)")
    for col in ("fit", "R2 paper", "R2 ours", *(("LOMO R2", "LOMO MAPE") if lomo else ())):
        table.add_column(col)
    for name, (paper, ours) in fit_r2().items():
        extra = (_f(held[name].r2), _f(held[name].mape)) if lomo else ()
        table.add_row(name, _f(paper, 2), _f(ours), *extra)
    return table


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from rice_core.validate.paper import monotone_cost

    console = Console()
    if args.data == "ml-energy-v3":
        from rice_core.validate.v3_table import main_table as v3_main

        return v3_main(console, args.path, args.prompt_scale)
    if args.data == "ml-energy-v2":
        try:
            mlenergy = importlib.import_module("rice_core.validate.mlenergy")
        except ModuleNotFoundError as exc:
            raise InputError("--data ml-energy-v2 needs rice_core.validate.mlenergy, not in this install") from exc
        return int(mlenergy.main_table(console, args) or 0)
    console.print(table_iii(lomo=not args.no_lomo, width=console.width))
    console.print(fits_table(lomo=not args.no_lomo))
    raw, table = monotone_cost()
    console.print(
        f"Monotone prefill table used by the engine, in sample: R2 {table.r2:.3f}, MAPE {table.mape:.3f} "
        f"(raw forest: R2 {raw.r2:.4f}, MAPE {raw.mape:.3f})."
    )
    console.print(
        "XGBoost is not a dependency of R-ICE: its row shows the paper's figures only. "
        "LOMO = leave-one-model-out (each of the 14 distinct profiles predicted by a model trained on the "
        "others). Split: train_test_split(test_size=0.2, random_state=0) over 378 points."
    )
    return 0
