"""Other files one file's scan reads (modules it imports from, tsconfig files): recorded while the scan runs so
that the scan cache re-scans the file when one of them changes — also when the file has no call (an imported name
that is not an LLM object today may become one)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

_READS: ContextVar[set[str] | None] = ContextVar("rice_scan_reads", default=None)


@contextlib.contextmanager
def tracking() -> Iterator[set[str]]:
    """Collect the paths noted during the ``with`` block."""
    reads: set[str] = set()
    token = _READS.set(reads)
    try:
        yield reads
    finally:
        _READS.reset(token)


def note(*paths: str) -> None:
    """Record files read for the scan in progress (nothing happens outside ``tracking``)."""
    reads = _READS.get()
    if reads is not None:
        reads.update(paths)
