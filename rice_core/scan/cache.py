"""Content-hash cache of per-file scan results under ``<root>/.rice-cache/``: an unchanged file (same size and
mtime, or else same SHA-256) is not re-parsed. Prompt files a call reads are dependencies of its entry."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any

CACHE_VERSION = 3
CACHE_FILE = "scan-cache.json"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stat_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


@dataclass
class ScanCache:
    directory: str | None
    fingerprint: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    dirty: bool = False

    def lookup(self, rel: str, absolute: str) -> dict[str, Any] | None:
        """The cached result when the file's size+mtime (and its dependencies') are unchanged."""
        entry = self.entries.get(rel)
        if entry is None or tuple(entry["stat"]) != stat_key(absolute):
            return None
        for dep, dep_stat in entry.get("deps", {}).items():
            if stat_key(dep) != (tuple(dep_stat) if dep_stat else None):
                return None
        return entry

    def lookup_hash(self, rel: str, digest: str) -> dict[str, Any] | None:
        entry = self.entries.get(rel)
        return entry if entry is not None and entry["sha"] == digest and not entry.get("deps") else None

    def store(self, rel: str, entry: dict[str, Any]) -> None:
        self.entries[rel] = entry
        self.dirty = True


def open_cache(directory: str | None, fingerprint: str) -> ScanCache:
    """Load the cache (an empty one when missing, unreadable, or built with other settings)."""
    if directory is None:
        return ScanCache(None, fingerprint)
    try:
        with open(os.path.join(directory, CACHE_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("version") == CACHE_VERSION and data.get("fingerprint") == fingerprint:
            return ScanCache(directory, fingerprint, data["entries"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return ScanCache(directory, fingerprint, dirty=True)


def save_cache(cache: ScanCache, keep: set[str] | None = None) -> None:
    """Write the cache atomically; failures (read-only trees) are ignored: the cache is an optimisation."""
    if cache.directory is None or not cache.dirty:
        return
    entries = cache.entries if keep is None else {k: v for k, v in cache.entries.items() if k in keep}
    try:
        os.makedirs(cache.directory, exist_ok=True)
        ignore = os.path.join(cache.directory, ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as handle:
                handle.write("*\n")
        fd, tmp = tempfile.mkstemp(dir=cache.directory, suffix=".tmp")
        document = {"version": CACHE_VERSION, "fingerprint": cache.fingerprint, "entries": entries}
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(document, separators=(",", ":")))  # dumps uses the C encoder; dump does not
        os.replace(tmp, os.path.join(cache.directory, CACHE_FILE))
    except OSError:
        pass
