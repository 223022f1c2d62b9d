"""``rice scan [PATH ...] [--format table|json]``: find LLM calls in source code and estimate each."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

PROGRESS_MIN_FILES = 500


def register(sub: Any, name: str, help_text: str) -> None:
    p = sub.add_parser(
        name,
        help=help_text,
        description=help_text
        + ". Respects .gitignore; results are cached per user (~/.cache/rice, or $RICE_CACHE_DIR).",
    )
    p.add_argument("paths", nargs="*", default=["."], metavar="PATH", help="files or folders (default: .)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--config", type=Path, help="configuration file (default: rice.yaml / pyproject.toml found upward)")
    p.add_argument("--root", type=Path, help="scan root: results are relative to it (default: the common folder)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the scan cache")
    p.set_defaults(run=run)


def _config(args: argparse.Namespace, root: Path) -> Any:
    from rice_core.config.load import load_config, load_config_file

    return load_config_file(args.config) if args.config else load_config(root)


def _progress_bar() -> tuple[Any, Any]:
    """A stderr progress bar and its update callback (shown only on large trees)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True), transient=True
    )
    task = bar.add_task("scan", total=None)

    def update(done: int, total: int) -> None:
        if total >= PROGRESS_MIN_FILES:
            bar.update(task, completed=done, total=total)

    return bar, update


def run(args: argparse.Namespace) -> int:
    from rice_core.errors import InputError
    from rice_core.safeio import dumps_finite
    from rice_core.scan.paths import scan_paths, scan_root
    from rice_core.scan.pricing import price_calls

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")
    if args.root is not None and not Path(args.root).is_dir():
        raise InputError(f"--root {args.root}: not a folder (give the folder that results are relative to)")
    root = Path(args.root).resolve() if args.root else Path(scan_root(args.paths))
    config = _config(args, root)
    bar, update = _progress_bar() if sys.stderr.isatty() else (None, None)
    if bar is not None:
        with bar:
            result = scan_paths(args.paths, root=str(root), config=config, progress=update, use_cache=not args.no_cache)
    else:
        result = scan_paths(args.paths, root=str(root), config=config, use_cache=not args.no_cache)
    priced = price_calls(result.calls, config)
    if args.format == "json":
        from rice_core.scan.report import scan_json

        print(dumps_finite(scan_json(result, priced), indent=2))
        return 0
    from rich.console import Console

    from rice_core.scan.report import problems_table, scan_table

    console = Console()
    console.print(scan_table(result, priced, console.width))
    if result.problems:
        console.print(problems_table(result))
    return 0
