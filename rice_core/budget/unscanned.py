"""Files the scanner had to leave out, and why they fail the gate.

A file that could not be scanned (too large, unreadable, nested too deeply, a scanner failure) contributes no
calls. Counting it as zero would let one oversized comment turn a 25 t/month project into "within budget", so
the gate fails on every such file **that may call an LLM** (the scanner's cheap pre-filter finds an SDK name in
its bytes, read in bounded chunks) until it is fixed or explicitly left out with ``scan.exclude`` in rice.yaml
(or ``.gitignore``). Syntax errors do not block: the scanner still reads every part that parses.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from rice_core.problems import Problem
from rice_core.scan.dispatch import language_of
from rice_core.scan.prefilter import may_call_llm

BLOCKING_CODES = frozenset({"file-too-large", "file-unreadable", "file-too-deep", "scanner-error", "file-too-complex"})
CHUNK_BYTES = 4 * 1024 * 1024
OVERLAP_BYTES = 4096
MAX_PREFILTER_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class Dropped:
    """One file left out of the total: its path (relative to the check root) and the scanner's problem."""

    path: str
    code: str
    message: str
    may_call: bool | None = None  # known already (a staged text); None: look at the file on disk


def blocking(dropped: Iterable[Dropped], root: str) -> tuple[Problem, ...]:
    """The problems that fail the gate: dropped files that may call an LLM, one error each."""
    out = []
    for item in dropped:
        if item.code not in BLOCKING_CODES:
            continue
        if item.may_call if item.may_call is not None else _may_call(os.path.join(root, item.path), item.path):
            out.append(
                Problem(
                    item.code,
                    f"{item.path}: not scanned ({item.message.rstrip('.')}); its LLM calls cannot be counted, so the "
                    "gate fails. Fix the file, or leave it out on purpose with scan.exclude in rice.yaml",
                    "error",
                )
            )
    return tuple(out)


def _may_call(absolute: str, rel: str) -> bool:
    """Does the file's text mention an LLM SDK anywhere? Unreadable → assume it may (fail closed)."""
    language = language_of(rel) or "python"
    language = "python" if language == "notebook" else language
    try:
        with open(absolute, "rb", opener=_nonblocking) as handle:
            if not os.path.isfile(absolute):
                return True
            tail, read = b"", 0
            while read < MAX_PREFILTER_BYTES:
                chunk = handle.read(CHUNK_BYTES)
                if not chunk:
                    return False
                if may_call_llm(tail + chunk, language):
                    return True
                tail, read = chunk[-OVERLAP_BYTES:], read + len(chunk)
    except OSError:
        return True
    return True


def _nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NONBLOCK)
