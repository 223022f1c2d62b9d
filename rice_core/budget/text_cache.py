"""Call sites of in-memory texts (staged and HEAD versions) by content, so the hook re-scans a text only once.

What a commit stages becomes the next commit's ``HEAD``: caching the staged scan makes the next ``HEAD`` scan
free. Keyed by sha256 of (scanner fingerprint, path, text); bounded; a damaged cache file is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from rice_core.config import RiceConfig
from rice_core.scan.callsite import CallSite

MAX_ENTRIES = 2000
FILENAME = "staged-texts.json"


def text_key(text: str, path: str, config: RiceConfig) -> str:
    from rice_core.scan.paths import fingerprint

    return hashlib.sha256("\0".join((fingerprint(config), path, text)).encode("utf-8", "surrogatepass")).hexdigest()


class TextCache:
    """``get``/``put`` call sites by text key; ``save`` writes the file back when something changed."""

    def __init__(self, directory: Path | None) -> None:
        self.path = None if directory is None else directory / FILENAME
        self.entries: dict[str, list[dict[str, Any]]] = self._load()
        self.dirty = False

    def _load(self) -> dict[str, list[dict[str, Any]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8")) if self.path else {}
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> list[CallSite] | None:
        from rice_core.scan.serialize import callsite_from_dict

        found = self.entries.get(key)
        try:
            return None if found is None else [callsite_from_dict(item) for item in found]
        except (TypeError, KeyError, ValueError):
            return None

    def put(self, key: str, calls: list[CallSite]) -> None:
        from rice_core.scan.serialize import callsite_to_dict

        self.entries.pop(key, None)
        self.entries[key] = [callsite_to_dict(c) for c in calls]
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        kept = dict(list(self.entries.items())[-MAX_ENTRIES:])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(kept), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time
