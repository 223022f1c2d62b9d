from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rice_core.scan import CallSite, scan_paths, scan_source

collect_ignore_glob = ["corpus/*", "corpus/**/*"]  # fixture files are data, never tests


def scan(code: str, path: str = "app.py", **kwargs: object) -> list[CallSite]:
    return scan_source(textwrap.dedent(code), path, **kwargs)  # type: ignore[arg-type]


def only(code: str, **kwargs: object) -> CallSite:
    calls = scan(code, **kwargs)
    assert len(calls) == 1, calls
    return calls[0]


@pytest.fixture
def codes():
    return lambda call: [w.code for w in call.warnings]


def calls_by_site(folder: Path, root: Path | None = None) -> dict[tuple[str, int], CallSite]:
    """Scan a fixture folder as a project (no cache, one worker) and key its calls by (path, line); the path is
    relative to ``folder`` even when ``root`` (the project root the scan sees) is a folder above it."""
    result = scan_paths([str(folder)], root=str(root or folder), use_cache=False, workers=1)
    assert result.problems == []
    strip = f"{folder.relative_to(root)}/" if root is not None else ""
    return {(c.path.removeprefix(strip), c.line): c for c in result.calls}
