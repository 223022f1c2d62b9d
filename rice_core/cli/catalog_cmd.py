"""``rice models``, ``rice hardware`` and ``rice regions``: list and search the shipped catalogs.

One module serves the three commands; ``register`` looks at ``name``. Rows are built by pure functions (also the
``--format json`` output), and rendered as rich tables. A search that matches nothing exits 1, like ``grep``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from rice_core.ranges import Range

Row = dict[str, Any]


def register(sub: Any, name: str, help_text: str) -> None:
    parser = sub.add_parser(name, help=help_text, description=help_text + ".")
    if name in ("models", "regions"):
        parser.add_argument(
            "--search",
            "-s",
            metavar="S",
            help="case-insensitive text in the id, aliases or name; a model spelling as written in "
            "code (e.g. bedrock ids) also finds its entry",
        )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(run={"models": run_models, "hardware": run_hardware, "regions": run_regions}[name])


def _plain(value: Any) -> Any:
    if isinstance(value, Range):
        return [value.low, value.high]
    if isinstance(value, tuple):
        return list(value)
    return value


def spec_row(spec: Any) -> Row:
    """Every field of a catalog dataclass, JSON-ready (ranges as ``[low, high]``)."""
    return {f.name: _plain(getattr(spec, f.name)) for f in dataclasses.fields(spec)}


def _matches(text: str | None, *haystacks: str) -> bool:
    if not text:
        return True
    needle = text.strip().lower()
    return any(needle in h.lower() for h in haystacks)


def model_rows(search: str | None = None) -> list[Row]:
    from rice_core.catalog.models import all_models, lookup_model

    exact = lookup_model(search) if search else None
    return [spec_row(m) for m in all_models() if m is exact or _matches(search, m.id, m.provider, m.family, *m.aliases)]


def hardware_rows() -> list[Row]:
    from rice_core.catalog.hardware import all_hardware

    return [spec_row(h) for h in all_hardware()]


def region_rows(search: str | None = None) -> list[Row]:
    from rice_core.catalog.grid import all_grids, lookup_grid

    exact = lookup_grid(search) if search else None
    ids = {exact.id, exact.parent or exact.id} if exact is not None else set()  # a region and its grid
    children = {exact.id} if exact is not None and exact.parent is None else set()  # a grid and its regions
    return [
        spec_row(z)
        for z in all_grids()
        if z.id in ids or z.parent in children or _matches(search, z.id, z.name, z.parent or "")
    ]


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:,.0f}"


def _with_range(value: float, span: list[float] | None) -> str:
    """``88 (44–132)`` for an estimated range, ``~440`` for a single estimate, ``8`` for a disclosed figure."""
    if span is None:
        return _num(value)
    return f"~{_num(value)}" if span[0] == span[1] else f"{_num(value)} ({_num(span[0])}–{_num(span[1])})"


def _context(tokens: int) -> str:
    return f"{round(tokens / 1_000_000, 1):g}M" if tokens >= 1_000_000 else f"{tokens / 1000:.0f}k"


MODEL_COLUMNS: list[tuple[str, Callable[[Row], str]]] = [
    ("model", lambda r: r["id"]),
    ("provider", lambda r: r["provider"]),
    ("tier", lambda r: r["tier"]),
    ("total B", lambda r: _with_range(r["params_b"], r["params_range_b"])),
    ("active B", lambda r: _with_range(r["active_params_b"], r["active_params_range_b"])),
    ("context", lambda r: _context(r["context_window"])),
    ("tokens", lambda r: f"{r['tokenizer'].split('_')[0]}×{r['token_factor']:g}"),
]
HARDWARE_COLUMNS: list[tuple[str, Callable[[Row], str]]] = [
    ("id", lambda r: r["id"]),
    ("name", lambda r: r["name"]),
    ("memory GB", lambda r: _num(r["memory_gb"])),
    ("TDP W", lambda r: _num(r["tdp_w"], 0)),
    ("fp16 TFLOP/s", lambda r: _num(r["fp16_tflops"])),
    ("fp8 TFLOP/s", lambda r: _num(r["fp8_tflops"])),
    ("bandwidth GB/s", lambda r: _num(r["mem_bw_gbps"], 0)),
]
REGION_COLUMNS: list[tuple[str, Callable[[Row], str]]] = [
    ("id", lambda r: r["id"]),
    ("name", lambda r: r["name"]),
    ("gCO2e/kWh", lambda r: _num(r["gco2e_per_kwh"])),
    ("year", lambda r: str(r["year"])),
    ("grid", lambda r: r["parent"] or ""),
]


CAPTIONS = {
    "Models": "B = billions of parameters; ~ and (low–high) mark published estimates for closed models; "
    "tokens = proxy encoding × correction factor. --format json shows sources.",
    "Regions": "Cloud regions take the intensity of their grid (country, or US state from EPA eGRID).",
}


# Below the natural width, columns give way in this order (highest first); unlisted columns always stay. Names
# shorten from the middle; ids never (a cut id reads as another entry).
DROP_RANKS = {"tokens": 5, "context": 4, "tier": 3, "provider": 1, "year": 2, "grid": 1, "fp8 TFLOP/s": 2, "TDP W": 1}
SHRINKABLE = {"name": 12}


def render_table(
    title: str,
    rows: Sequence[Row],
    columns: Sequence[tuple[str, Callable[[Row], str]]],
    caption: str | None = None,
    width: int | None = None,
) -> Any:
    """A rich Table of ``rows`` (imported lazily: listing as JSON does not need rich), fitted to ``width``."""
    from rich import box
    from rich.table import Table

    from rice_core.textfit import Column, fit, shorten_middle

    candidates = [
        Column(header, [cell(row) for row in rows], DROP_RANKS.get(header, 0), SHRINKABLE.get(header, 0))
        for header, cell in columns
    ]
    kept, sizes = fit(candidates, width - 2) if width else (candidates, {})  # - 2: the table's blank edges
    table = Table(
        title=f"{title} ({len(rows)})",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        caption=caption,
        caption_justify="left",
    )
    for column in kept:
        right = column.header.endswith(("B", "W", "s", "kWh"))
        table.add_column(column.header, justify="right" if right else "left", no_wrap=True)
    for i in range(len(rows)):
        table.add_row(*(shorten_middle(c.cells[i], sizes[c.header]) if c.header in sizes else c.cells[i] for c in kept))
    return table


def _emit(
    args: argparse.Namespace,
    title: str,
    rows: list[Row],
    columns: Sequence[tuple[str, Callable[[Row], str]]],
    suggest: Callable[[str], list[str]] | None = None,
) -> int:
    search = getattr(args, "search", None)
    if not rows:
        hint = suggest(search) if suggest and search else []
        extra = f"; closest: {', '.join(hint)}" if hint else ""
        print(f"rice: no {title.lower()} match {search!r}{extra}", file=sys.stderr)
        return 1
    try:
        if args.format == "json":
            print(json.dumps(rows, indent=1, ensure_ascii=False, allow_nan=False))  # strict JSON (issue 15)
        else:
            from rich.console import Console

            console = Console()
            console.print(render_table(title, rows, columns, CAPTIONS.get(title), console.width))
        sys.stdout.flush()
    except BrokenPipeError:  # `rice models | head`: the reader left; not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's final flush
    return 0


def run_models(args: argparse.Namespace) -> int:
    from rice_core.catalog.models import suggest_models

    return _emit(args, "Models", model_rows(args.search), MODEL_COLUMNS, suggest_models)


def run_hardware(args: argparse.Namespace) -> int:
    return _emit(args, "Hardware", hardware_rows(), HARDWARE_COLUMNS)


def run_regions(args: argparse.Namespace) -> int:
    return _emit(args, "Regions", region_rows(args.search), REGION_COLUMNS)
