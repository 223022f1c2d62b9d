"""Bounded reads of regular files, finite-only JSON, and the per-user cache folder: the one place R-ICE touches
files it did not write itself.

A repository can hold a FIFO, a link to ``/dev/zero`` or a 5 GB file under any name; ``read_regular_bytes`` opens
without blocking, refuses anything that is not a regular file and never reads more than its limit. Caches and the
crash log live in one per-user folder (``$RICE_CACHE_DIR``, else ``$XDG_CACHE_HOME/rice``, else ``~/.cache/rice``),
created private (0700) and checked to be ours and not a link before anything is written there.
"""

from __future__ import annotations

import errno
import json
import math
import os
import stat
import time
from pathlib import Path
from typing import Any

KIB = 1024
MIB = 1024 * KIB


class RefusedRead(OSError):
    """A file that is not a regular file, or is larger than the reader's limit (an ``OSError``: callers that
    already handle unreadable files handle this too)."""

    def __init__(self, code: int, message: str, path: str) -> None:
        super().__init__(code, message, path)


def read_regular_bytes(path: str | os.PathLike[str], limit: int, *, follow_links: bool = True) -> bytes:
    """At most ``limit`` bytes of a regular file; a FIFO, device, folder or larger file raises ``RefusedRead``."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedRead(errno.EINVAL, "not a regular file (a folder, FIFO or device)", os.fspath(path))
        if info.st_size > limit:
            raise RefusedRead(errno.EFBIG, f"larger than the {limit:,}-byte limit", os.fspath(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, MIB))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:  # grew while we read it
        raise RefusedRead(errno.EFBIG, f"larger than the {limit:,}-byte limit", os.fspath(path))
    return b"".join(chunks)


def read_regular_head(path: str | os.PathLike[str], limit: int) -> bytes:
    """The first ``limit`` bytes of a regular file, however large it is (a file's import header); a FIFO, device
    or folder raises ``RefusedRead``."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RefusedRead(errno.EINVAL, "not a regular file (a folder, FIFO or device)", os.fspath(path))
        return os.read(fd, limit)
    finally:
        os.close(fd)


def read_regular_text(path: str | os.PathLike[str], limit: int) -> str:
    """``read_regular_bytes`` decoded as strict UTF-8 (a leading BOM dropped); raises ``UnicodeDecodeError``."""
    return read_regular_bytes(path, limit).decode("utf-8-sig")


def _no_constant(name: str) -> Any:
    raise ValueError(f"non-finite number {name} in JSON")


def loads_finite(text: str | bytes) -> Any:
    """``json.loads`` that refuses ``NaN``/``Infinity`` (Python's JSON writes them; no JSON reader accepts them)."""
    return json.loads(text, parse_constant=_no_constant)


def dumps_finite(data: Any, **options: Any) -> str:
    """``json.dumps`` that raises ``ValueError`` instead of writing ``NaN``/``Infinity`` (invalid JSON)."""
    return json.dumps(data, allow_nan=False, **options)


def all_finite(values: Any) -> bool:
    """Every number in a nested structure of dicts/lists/tuples is finite (bools and strings pass)."""
    if isinstance(values, float):
        return math.isfinite(values)
    if isinstance(values, dict):
        return all(all_finite(v) for v in values.values())
    if isinstance(values, (list, tuple)):
        return all(all_finite(v) for v in values)
    return True


def user_cache_dir() -> Path | None:
    """The per-user folder for caches and crash logs; None when caching is off (``RICE_CACHE_DIR=""``).

    Relative values of ``RICE_CACHE_DIR`` or ``XDG_CACHE_HOME`` are ignored (they would land in whatever folder
    the command runs in, which may be a repository under review)."""
    explicit = os.environ.get("RICE_CACHE_DIR")
    if explicit == "":
        return None
    if explicit and os.path.isabs(explicit):
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "rice"
    try:
        return Path.home() / ".cache" / "rice"
    except (RuntimeError, KeyError):  # no home directory
        return None


def private_dir(path: Path) -> Path | None:
    """Create ``path`` (0700) if needed; the path when it is a real folder owned by this user, else None."""
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return None
    return path


def user_subdir(*parts: str) -> Path | None:
    """A private folder under the per-user cache folder, or None when there is none we can trust."""
    base = user_cache_dir()
    if base is None or private_dir(base) is None:
        return None
    return private_dir(base.joinpath(*parts)) if parts else base


def write_new_private(folder: Path, prefix: str, text: str) -> Path:
    """Write ``text`` to a new file ``<prefix>-<time>-<pid>.log`` in ``folder``: exclusive create, never through
    a link, mode 0600. Raises ``OSError`` when that cannot be done."""
    name = f"{prefix}-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.log"
    target = folder / name
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(target, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return target
