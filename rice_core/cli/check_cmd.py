"""``rice check`` (the carbon budget gate) and ``rice install-hook`` (the plain git hook): one module, two names.

``run`` returns 0 within budget and 1 over budget (or a call over the per-call ceiling); configuration and usage
errors are raised as ``ConfigError``/``InputError`` and mapped to exit code 2 by ``rice_core.cli.main``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

FORMATS = ("table", "json", "markdown", "sarif")


def register(sub: Any, name: str, help_text: str) -> None:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    if name == "install-hook":
        parser.add_argument(
            "--force", action="store_true", help="overwrite an existing pre-commit hook that R-ICE did not write"
        )
        parser.add_argument("--repo", type=Path, default=Path("."), help="repository to install into (default: .)")
        parser.set_defaults(run=run_install_hook)
        return
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or directories (default: the project root)"
    )
    parser.add_argument(
        "--config", type=Path, help="configuration file (default: rice.yaml, .rice.yaml or [tool.rice] found from PATH)"
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument(
        "--staged", action="store_true", help="report what the staged change adds against HEAD (pre-commit)"
    )
    parser.add_argument(
        "--output", type=Path, help="write the report to FILE (a one-line verdict still goes to stdout)"
    )
    parser.set_defaults(run=run_check_command)


def run_check_command(args: argparse.Namespace) -> int:
    from rice_core.budget.check import CheckRequest, run_check

    request = CheckRequest(tuple(args.paths), args.config, args.staged, Path.cwd())
    result = run_check(request)
    text = render(result, args.format, to_terminal=args.output is None and sys.stdout.isatty())
    for note in result.notes:  # the commit removes or loosens the budget: said on stderr whatever the format
        sys.stderr.write(f"rice check: WARNING: {note}\n")
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_output(args.output, text)
        sys.stdout.write(verdict_line(result) + f" (report: {args.output})\n")
    return result.exit_code


def write_output(path: Path, text: str) -> None:
    """Write ``--output``; a folder, a missing parent or a full disk is a usage error (exit 2), not a crash."""
    from rice_core.errors import InputError

    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(f"--output {path}: cannot write the report: {exc.strerror or exc}") from exc


def render(result: Any, fmt: str, *, to_terminal: bool = False, width: int | None = 100) -> str:
    """The report in ``fmt``; the table is rendered by rich (colour only on a terminal)."""
    if fmt == "json":
        from rice_core.budget.formats import render_json

        return render_json(result)
    if fmt == "markdown":
        from rice_core.budget.formats import render_markdown

        return render_markdown(result)
    if fmt == "sarif":
        from rice_core.budget.sarif import render_sarif

        return render_sarif(result)
    return render_table(result, to_terminal=to_terminal, width=None if to_terminal else width)


def render_table(result: Any, *, to_terminal: bool = False, width: int | None = 100) -> str:
    import io

    from rich.console import Console

    from rice_core.budget.report import render_report

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=to_terminal,
        color_system="auto" if to_terminal else None,
        highlight=False,
        emoji=False,
    )
    console.print(render_report(result))
    return buffer.getvalue()


def verdict_line(result: Any) -> str:
    from rice_core.budget.figures import kg, percent

    p = result.projection
    state = "OVER BUDGET" if p.over_budget else "over the per-call ceiling" if p.over_ceiling else "within budget"
    state = "OVER THE WATER CAP" if p.over_water and not p.over_budget else state  # issue 13
    if getattr(result, "blocking", ()) and not p.failed:
        state = f"FAILED: {len(result.blocking)} file(s) that may call an LLM could not be scanned"
    budget = f" of {kg(p.budget_kg)}" if p.budget_kg is not None else ""
    return f"rice check: {state}: {kg(p.compared_total_kg)} CO2e/{p.period}{budget} ({percent(p.share_of_budget)})"


def run_install_hook(args: argparse.Namespace) -> int:
    from rice_core.budget.hook import install_hook

    target = install_hook(args.repo, force=args.force)
    print(f"rice: installed the carbon budget hook at {target}")
    return 0
