"""Render scan results: the ``--format json`` document and the rich table (rendering kept apart from data)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rice_core.scan.paths import ScanResult
from rice_core.scan.pricing import PricedCall
from rice_core.scan.serialize import problem_to_dict


def call_json(priced: PricedCall) -> dict[str, Any]:
    """One call in the JSON contract: lines 1-based, columns 0-based code points, path relative to the root."""
    c, e = priced.call, priced.estimate
    return {
        "path": c.path, "line": c.span.line, "column": c.span.column, "end_line": c.span.end_line, "sdk": c.sdk,
        "api": c.api, "model": c.model, "model_source": c.model_source, "prompt_tokens": c.prompt_tokens,
        "prompt_source": c.prompt_source, "output_tokens": c.output_tokens,
        "output_tokens_source": c.output_tokens_source, "energy_wh": e.energy_wh if e else None,
        "co2e_g": e.co2e_g if e else None,
        "warnings": [problem_to_dict(p) for p in (*c.warnings, *priced.problems)],
    }


def scan_json(result: ScanResult, priced: Sequence[PricedCall]) -> dict[str, Any]:
    return {
        "calls": [call_json(p) for p in priced],
        "files_scanned": result.files_scanned,
        "problems": [{"path": p.path, "code": p.code, "message": p.message} for p in result.problems],
    }


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:.3g} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def _codes(priced: PricedCall) -> str:
    codes = [p.code for p in (*priced.call.warnings, *priced.problems) if p.severity != "info" or p.code == "model-from-env"]
    return ", ".join(dict.fromkeys(codes))


def scan_table(result: ScanResult, priced: Sequence[PricedCall]) -> Any:
    """A rich Table: file:line, SDK, model, prompt → output tokens, energy and CO2e per call, warnings."""
    from rich.table import Table

    title = f"{len(priced)} LLM call(s) in {result.files_scanned} file(s)"
    table = Table(title=title, title_justify="left")
    for name, justify, no_wrap in (("Location", "left", False), ("SDK", "left", False), ("Model", "left", False),
                                   ("Tokens in → out", "right", True), ("Energy", "right", True),
                                   ("CO2e", "right", True), ("Warnings", "left", False)):
        table.add_column(name, justify=justify, no_wrap=no_wrap, overflow="fold")  # type: ignore[arg-type]
    for p in priced:
        c, e = p.call, p.estimate
        model = f"{c.model or '–'}" + ("" if c.model_source in ("literal", "constant", "client", "annotation", "fstring") else f" ({c.model_source})")
        table.add_row(
            f"{c.path}:{c.line}", c.sdk, model, f"{c.prompt_tokens:,} → {c.output_tokens:,}",
            _num(e.energy_wh if e else None, "Wh"), _num(e.co2e_g if e else None, "g"), _codes(p),
        )
    return table


def problems_table(result: ScanResult) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(result.problems)} file problem(s)", title_justify="left")
    for name in ("File", "Problem", "Message"):
        table.add_column(name)
    for fp in result.problems:
        table.add_row(fp.path, fp.code, fp.message)
    return table
