"""Render scan results: the ``--format json`` document and the rich table (rendering kept apart from data)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rice_core.scan.model_label import priced_as
from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import PricedCall
from rice_core.scan.serialize import problem_to_dict
from rice_core.textfit import Column, fit, shorten_middle
from rice_core.workload.describe import cap_of, table_tokens


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
        "requests_per_call": c.requests_per_call,  # issue 11: chain steps, n=, prompts in a batch, agent turns
        "requests_source": c.requests_source,
        "local": c.extra.get("local"),  # local runtime (stack, precision, batch), None for hosted APIs
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


def _model_lines(priced: PricedCall) -> tuple[str, str]:
    """(model id as written, the plain second line: SDK, where the model came from, what an unknown one was
    priced as)."""
    call = priced.call
    source = "" if call.model_source in _PLAIN_SOURCES else f" ({call.model_source})"
    substitute = priced_as(call, priced.estimate)
    return call.model or "–", f"{call.sdk}{source}" + (f"\npriced as {substitute}" if substitute else "")


_PLAIN_SOURCES = frozenset({"literal", "constant", "client", "annotation", "fstring"})


def shorten_left(text: str, width: int) -> str:
    """Keep the end of a long ``path:line`` (the file name and line matter most): ``…/chat/answer.py:22``."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1 :]


def scanned_summary(files_scanned: int, call_paths: Sequence[str]) -> str:
    """``12 file(s); 5 LLM call site(s) in 5 file(s)``: the same words and counts in ``rice scan`` and
    ``rice check`` (files read; call sites; distinct files holding them)."""
    return f"{files_scanned} file(s); {len(call_paths)} LLM call site(s) in {len(set(call_paths))} file(s)"


def _tokens(p: PricedCall) -> str:
    """Prompt → expected output (issue 16: ``E[min(L, cap)]``) and the cap, as the hover words them."""
    e = p.estimate
    cap = cap_of(e, p.call.output_tokens) if e is not None else p.call.output_tokens
    return table_tokens(p.call.prompt_tokens, e.output_tokens if e is not None else None, cap)


def scan_table(result: ScanResult, priced: Sequence[PricedCall], width: int = 120) -> Any:
    """A rich Table: file:line, model and SDK, prompt → expected output ≤ cap tokens, energy (Wh) and CO2e (g) per
    call, warnings.

    Fitted to ``width`` (``rice_core.textfit``): the Warnings column goes first (its codes move under the
    location), then Wh, then the token counts; locations shorten from the middle; model ids are never cut."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    counted = [p for p in priced if not p.call.ignored]
    ignored = len(priced) - len(counted)
    title = "Scanned: " + scanned_summary(result.files_scanned, [p.call.path for p in counted])
    title += f", {ignored} ignored" if ignored else ""
    locations = [f"{p.call.path}:{p.call.line}" for p in priced]
    models = [_model_lines(p) for p in priced]
    codes = [_codes(p) for p in priced]
    numbers = {
        "In → out\n≤ cap": [_tokens(p) for p in priced],
        "Wh": [_num(p.estimate.energy_wh if p.estimate else None) for p in priced],
        "g CO2e": [_num(p.estimate.co2e_g if p.estimate else None) for p in priced],
    }
    columns = [
        Column("Location", locations, min_width=16),
        Column("Model / SDK", [f"{m}\n{s}" for m, s in models], min_width=max((len(m) for m, _ in models), default=1)),
        Column("In → out\n≤ cap", numbers["In → out\n≤ cap"], drop_rank=1, justify="right"),
        Column("Wh", numbers["Wh"], drop_rank=2, justify="right"),
        Column("g CO2e", numbers["g CO2e"], justify="right"),
        Column("Warnings", codes, drop_rank=3, min_width=16),
    ]
    kept, sizes = fit(columns, width)
    with_warnings = any(c.header == "Warnings" for c in kept)
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for c in kept:
        header = c.header
        wraps = c.header in ("Warnings", "Model / SDK", "Location")
        table.add_column(
            header,
            justify=c.justify,  # type: ignore[arg-type]
            no_wrap=not wraps,
            overflow="fold",
            width=sizes.get(c.header),
            min_width=c.min_width or None,
        )
    for i in range(len(priced)):
        cells = []
        for c in kept:
            if c.header == "Location":
                cell = escape(shorten_middle(locations[i], sizes.get("Location", len(locations[i]))))
                cell += f"\n[yellow]{escape(codes[i])}[/yellow]" if codes[i] and not with_warnings else ""
            elif c.header == "Model / SDK":
                cell = f"{escape(models[i][0])}\n[dim]{escape(models[i][1])}[/dim]"
            else:
                cell = escape(c.cells[i])
            cells.append(cell)
        table.add_row(*cells)
    return table


def problems_table(result: ScanResult) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(result.problems)} file problem(s)", title_justify="left")
    for name in ("File", "Problem", "Message"):
        table.add_column(name)
    for fp in result.problems:
        table.add_row(fp.path, fp.code, fp.message)
    return table
