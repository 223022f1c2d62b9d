"""Call sites of in-memory texts (staged and HEAD versions) by content, so the hook re-scans a text only once.

What a commit stages becomes the next commit's ``HEAD``: caching the staged scan makes the next ``HEAD`` scan
free. Keyed by sha256 of (scanner fingerprint, path, text); bounded; kept in the per-user cache folder. Every
entry is validated on load (the calls against ``CallSite``'s types, problems against the registered codes); a
damaged file or entry is ignored and re-scanned.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.safeio import MIB, dumps_finite, loads_finite, read_regular_bytes
from rice_core.scan.callsite import CallSite

MAX_ENTRIES = 2000
MAX_BYTES = 256 * MIB
FILENAME = "staged-texts.json"
FORMAT = 2


def text_key(text: str, path: str, config: RiceConfig) -> str:
    from rice_core.scan.paths import fingerprint

    return hashlib.sha256("\0".join((fingerprint(config), path, text)).encode("utf-8", "surrogatepass")).hexdigest()


class TextCache:
    """``get``/``put`` (call sites, file problems) by text key; ``save`` writes the file back when changed."""

    def __init__(self, directory: Path | None) -> None:
        self.path = None if directory is None else directory / FILENAME
        self.entries: dict[str, dict[str, Any]] = self._load()
        self.dirty = False

    def _load(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            data = loads_finite(read_regular_bytes(self.path, MAX_BYTES))
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), dict):
            return {}
        return {k: v for k, v in data["entries"].items() if _valid(v)}

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> tuple[list[CallSite], list[Problem]] | None:
        from rice_core.scan.serialize import callsite_from_dict, problem_from_dict

        found = self.entries.get(key)
        if found is None:
            return None
        return [callsite_from_dict(c) for c in found["calls"]], [problem_from_dict(p) for p in found["problems"]]

    def put(self, key: str, calls: list[CallSite], problems: list[Problem]) -> None:
        from rice_core.scan.serialize import callsite_to_dict, problem_to_dict

        self.entries.pop(key, None)
        self.entries[key] = {
            "calls": [callsite_to_dict(c) for c in calls],
            "problems": [problem_to_dict(p) for p in problems],
        }
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        kept = dict(list(self.entries.items())[-MAX_ENTRIES:])
        try:
            text = dumps_finite({"format": FORMAT, "entries": kept})
            fd, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            pass  # a cache that cannot be written only costs time


def _valid(entry: Any) -> bool:
    from rice_core.scan.cache_valid import valid_entry

    if not isinstance(entry, dict) or set(entry) != {"calls", "problems"}:
        return False
    return valid_entry({"stat": None, "sha": None, **entry})
