"""The budget gate's only contact with the scanner and the pricer (``rice_core.scan``), in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rice_core.budget.unscanned import BLOCKING_CODES, Dropped
from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite


@dataclass(frozen=True)
class TreeScan:
    calls: tuple[CallSite, ...]
    files_scanned: int
    problems: tuple[Problem, ...]
    dropped: tuple[Dropped, ...] = ()  # files left out of the calls (too large, unreadable, ...): see unscanned.py


def scan_tree(paths: Sequence[Path], root: Path, config: RiceConfig, cache_dir: Path | None) -> TreeScan:
    """Scan files/directories (tracked files, .gitignore respected, cached) → call sites relative to ``root``."""
    from rice_core.scan import scan_paths

    result = scan_paths(
        [str(p) for p in paths],
        root=str(root),
        config=config,
        cache_dir=None if cache_dir is None else str(cache_dir),
        progress=None,
    )
    problems = tuple(_problem(p) for p in result.problems)
    dropped = tuple(Dropped(p.path, p.code, p.message) for p in result.problems if p.code in BLOCKING_CODES)
    return TreeScan(tuple(result.calls), int(result.files_scanned), problems, dropped)


def _problem(found: Any) -> Problem:
    """The scanner's per-file problem (path, code, message) as a ``Problem`` whose message names the file."""
    if isinstance(found, Problem):
        return found
    return Problem(found.code, f"{found.path}: {found.message}")


def scan_text(text: str, path: str, config: RiceConfig, root: Path) -> tuple[list[CallSite], list[Problem]]:
    """Call sites and file-level problems of one in-memory text (a staged or HEAD version); ``path`` relative
    to ``root``."""
    from rice_core.scan import scan_source_with_problems

    calls, problems = scan_source_with_problems(text, path, config=config, root=str(root))
    return list(calls), list(problems)


def price(calls: Sequence[CallSite], config: RiceConfig) -> list[Any]:
    """Per-request estimates for call sites: ``PricedCall(call, estimate, problems)``."""
    from rice_core.scan.pricing import price_calls

    return list(price_calls(list(calls), config))
