"""Static LLM-call scanner. Never imports or executes the analysed code.

``scan_source`` / ``scan_source_with_problems`` scan one text; ``scan_paths`` scans trees (gitignore-aware,
content-hash cache, parallel); ``rice_core.scan.pricing.price_calls`` estimates each call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite, Span

if TYPE_CHECKING:
    from rice_core.scan.paths import FileProblem, ScanResult, scan_paths

__all__ = ["CallSite", "FileProblem", "ScanResult", "Span", "scan_paths", "scan_source", "scan_source_with_problems"]


def scan_source_with_problems(
    text: str,
    path: str | None = None,
    *,
    config: RiceConfig | None = None,
    language: str | None = None,
    root: str | None = None,
) -> tuple[list[CallSite], list[Problem]]:
    """Calls in ``text`` plus file-level problems (syntax errors, nesting). Never raises for bad input.

    ``path`` is the file's path relative to ``root`` (or absolute); it picks the front end by extension and
    anchors prompt files read by the code, which are only read inside ``root`` (default: the file's folder).
    """
    from rice_core.scan.dispatch import scan_text

    cfg = config or RiceConfig()
    if "\x00" in text:
        return [], [Problem("file-unreadable", "The text contains NUL bytes.")]
    try:
        return scan_text(text, path, cfg, language, root)
    except Exception as exc:  # noqa: BLE001 - a scanner bug must not take the editor or the hook down
        return [], [Problem("scanner-error", f"Scanner failure: {exc.__class__.__name__}: {exc}", "error")]


def scan_source(
    text: str,
    path: str | None = None,
    *,
    config: RiceConfig | None = None,
    language: str | None = None,
    root: str | None = None,
) -> list[CallSite]:
    """Every LLM call in ``text`` (see ``scan_source_with_problems`` for the file-level problems)."""
    return scan_source_with_problems(text, path, config=config, language=language, root=root)[0]


def __getattr__(name: str) -> Any:
    if name in ("scan_paths", "ScanResult", "FileProblem"):
        from rice_core.scan import paths

        return getattr(paths, name)
    raise AttributeError(name)
