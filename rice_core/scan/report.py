"""Render scan results: the ``--format json`` document and the rich table (rendering kept apart from data)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rice_core.scan.callsite import CallSite
from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import PricedCall
from rice_core.scan.serialize import problem_to_dict


def call_json(priced: PricedCall) -> dict[str, Any]:
    """One call in the JSON contract: lines 1-based, columns 0-based code points, path relative to the root."""
    c, e = priced.call, priced.estimate
    return {
        "path": c.path,
        "line": c.span.line,
        "column": c.span.column,
        "end_line": c.span.end_line,
        "sdk": c.sdk,
        "api": c.api,
        "model": c.model,
        "model_source": c.model_source,
        "prompt_tokens": c.prompt_tokens,
        "prompt_source": c.prompt_source,
        "output_tokens": c.output_tokens,
        "output_tokens_source": c.output_tokens_source,
        "expected_output_tokens": e.output_tokens if e else None,  # issue 16: E[min(L, cap)]; output_tokens: cap
        "reasoning_tokens": e.reasoning_tokens if e else None,
        "energy_wh": e.energy_wh if e else None,
        "co2e_g": e.co2e_g if e else None,
        "warnings": [problem_to_dict(p) for p in (*c.warnings, *priced.problems)],
    }


def scan_json(result: ScanResult, priced: Sequence[PricedCall]) -> dict[str, Any]:
    """The JSON document; calls marked ``# rice: ignore`` are left out of ``calls`` (as ``rice check`` leaves them
    out of its totals) and listed under ``ignored`` so a consumer can still see them."""
    return {
        "calls": [call_json(p) for p in priced if not p.call.ignored],
        "ignored": [{"path": p.call.path, "line": p.call.span.line} for p in priced if p.call.ignored],
        "files_scanned": result.files_scanned,
        "problems": [{"path": p.path, "code": p.code, "message": p.message} for p in result.problems],
    }


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.3g}" if value < 1000 else f"{value:,.0f}"
    return f"{text} {unit}" if unit else text


_SHOWN_INFO = frozenset({"model-from-env", "model-from-setting"})


def _codes(priced: PricedCall) -> str:
    codes = [p.code for p in (*priced.call.warnings, *priced.problems) if p.severity != "info" or p.code in _SHOWN_INFO]
    if priced.call.ignored:
        codes.insert(0, "ignored (# rice: ignore)")
    return ", ".join(dict.fromkeys(codes))


def _model_cell(call: CallSite) -> str:
    shown = call.model or "–"
    sourced = (
        ""
        if call.model_source in ("literal", "constant", "client", "annotation", "fstring")
        else f" ({call.model_source})"
    )
    return f"{shown}{sourced}\n[dim]{call.sdk}[/dim]"


def shorten_left(text: str, width: int) -> str:
    """Keep the end of a long ``path:line`` (the file name and line matter most): ``…/chat/answer.py:22``."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1 :]


def scan_table(result: ScanResult, priced: Sequence[PricedCall], width: int = 120) -> Any:
    """A rich Table: file:line, model and SDK, prompt → output tokens, energy (Wh) and CO2e (g) per call, warnings.

    ``width`` is the console width: long locations are shortened from the left, and below 110 columns the
    warnings move under the location instead of having their own column."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    wide = width >= 110
    title = f"{len(priced)} LLM call(s) in {result.files_scanned} file(s)"
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("Location" if wide else "Location / warnings", overflow="fold")
    table.add_column("Model / SDK", overflow="fold", min_width=12, max_width=26 if wide else 20)
    table.add_column("In → out", justify="right", no_wrap=True)
    table.add_column("Wh", justify="right", no_wrap=True)
    table.add_column("g CO2e", justify="right", no_wrap=True)
    if wide:
        table.add_column("Warnings", overflow="fold")
    location_width = max(18, int(width * (0.3 if wide else 0.27)))
    for p in priced:
        c, e = p.call, p.estimate
        location, codes = escape(shorten_left(f"{c.path}:{c.line}", location_width)), _codes(p)
        cells = [
            location if wide or not codes else f"{location}\n[yellow]{codes}[/yellow]",
            _model_cell(c),
            f"{c.prompt_tokens:,} → {c.output_tokens:,}",
            _num(e.energy_wh if e else None),
            _num(e.co2e_g if e else None),
        ]
        table.add_row(*cells, *([codes] if wide else []))
    return table


def problems_table(result: ScanResult) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(result.problems)} file problem(s)", title_justify="left")
    for name in ("File", "Problem", "Message"):
        table.add_column(name)
    for fp in result.problems:
        table.add_row(fp.path, fp.code, fp.message)
    return table
