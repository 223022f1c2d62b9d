"""Open documents whose analysis read another file: a module they import from (a client, a model, a constant made
there), a prompt file or a tsconfig. When that file is saved, their cached analyses are stale (the scanner reads
other files from disk), so the session re-analyses exactly those documents — not every open one."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from rice_lsp.analysis import DocumentAnalysis

_DEPENDENCY_KEYS = ("depends_on", "prompt_files", "module_files")


def files_read(analysis: DocumentAnalysis) -> set[str]:
    """The real paths of the files an analysis depends on (from each call's ``extra``)."""
    out: set[str] = set()
    for figures in analysis.calls:
        for key in _DEPENDENCY_KEYS:
            found = figures.call.extra.get(key, ())
            if isinstance(found, (list, tuple)):
                out.update(os.path.realpath(p) for p in found if isinstance(p, str))
    return out


def dependents(analyses: Mapping[str, DocumentAnalysis | None], changed: Iterable[Path]) -> list[str]:
    """The URIs whose analysis read one of the ``changed`` files."""
    wanted = {os.path.realpath(p) for p in changed}
    return [uri for uri, analysis in analyses.items() if analysis is not None and files_read(analysis) & wanted]
