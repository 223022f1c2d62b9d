"""Content-hash cache of per-file scan results in a per-user folder (``default_cache_dir``): an unchanged file
(same size and mtime, or else same SHA-256) is not re-parsed. Prompt files a call reads are dependencies of its
entry. A cache is validated entry by entry on load (``cache_valid``); what does not validate is re-scanned."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any

from rice_core.safeio import MIB, dumps_finite, loads_finite, read_regular_bytes, user_subdir
from rice_core.scan.cache_valid import valid_entry

CACHE_VERSION = 3
CACHE_FILE = "scan-cache.json"
MAX_CACHE_BYTES = 512 * MIB


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
        if entry is None or entry.get("stat") is None or tuple(entry["stat"]) != stat_key(absolute):
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
        data = loads_finite(read_regular_bytes(os.path.join(directory, CACHE_FILE), MAX_CACHE_BYTES))
    except (OSError, ValueError, RecursionError):
        return ScanCache(directory, fingerprint, dirty=True)
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or data.get("fingerprint") != fingerprint:
        return ScanCache(directory, fingerprint, dirty=True)
    entries = data.get("entries")
    kept = (
        {k: v for k, v in entries.items() if isinstance(k, str) and valid_entry(v)} if isinstance(entries, dict) else {}
    )
    return ScanCache(directory, fingerprint, kept, dirty=not isinstance(entries, dict) or len(kept) != len(entries))


def default_cache_dir(root: str) -> str | None:
    """Where the scan cache of ``root`` lives: a private folder per scan root under the per-user cache folder
    (never inside the scanned tree, whose own files R-ICE does not trust); None when caching is off."""
    key = hashlib.sha256(os.fsencode(os.path.realpath(root))).hexdigest()[:24]
    folder = user_subdir("scan", key)
    return None if folder is None else str(folder)


def save_cache(cache: ScanCache, keep: set[str] | None = None) -> None:
    """Write the cache atomically; failures (read-only trees) are ignored: the cache is an optimisation."""
    if cache.directory is None or not cache.dirty:
        return
    entries = cache.entries if keep is None else {k: v for k, v in cache.entries.items() if k in keep}
    document = {"version": CACHE_VERSION, "fingerprint": cache.fingerprint, "entries": entries}
    try:
        text = dumps_finite(document, separators=(",", ":"))  # dumps uses the C encoder; dump does not
        os.makedirs(cache.directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, os.path.join(cache.directory, CACHE_FILE))
    except (OSError, ValueError):  # ValueError: a non-finite number, which would not load back
        pass
