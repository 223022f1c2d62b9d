"""Jupyter notebooks (``.ipynb``): the code cells become one script (IPython magics and shell escapes blanked,
line count kept), scanned by the Python front end; each call records its cell and the line within the cell."""

from __future__ import annotations

import dataclasses
import json

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite


def notebook_script(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(script, [(cell index, 1-based line in cell) per script line]); None when the text is not a notebook."""
    try:
        cells = json.loads(text).get("cells", [])
    except (ValueError, AttributeError):
        return None
    lines: list[str] = []
    where: list[tuple[int, int]] = []
    for index, cell in enumerate(cells if isinstance(cells, list) else []):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        for number, line in enumerate(source.split("\n"), start=1):
            stripped = line.lstrip()
            lines.append("" if stripped.startswith(("%", "!")) else line)
            where.append((index, number))
    return "\n".join(lines) + "\n", where


def scan_notebook(text: str, path: str, config: RiceConfig, root: str | None) -> tuple[list[CallSite], list[Problem]]:
    from rice_core.scan.python.bounded import scan_python_bounded

    found = notebook_script(text)
    if found is None:
        return [], [Problem("file-unreadable", "The notebook is not valid JSON.")]
    script, where = found
    calls, problems = scan_python_bounded(script, path, config, root)  # cells are as hostile as any source
    out = []
    for call in calls:
        cell, cell_line = where[call.line - 1] if 0 < call.line <= len(where) else (-1, call.line)
        out.append(dataclasses.replace(call, extra={**call.extra, "cell": cell, "cell_line": cell_line}))
    return out, problems
