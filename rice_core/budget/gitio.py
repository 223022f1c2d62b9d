"""What ``rice check --staged`` asks git: the repository top, the blob of every path in the index and in HEAD,
and the contents of blobs, all NUL-separated and by object id.

Paths may hold any byte but NUL (a newline, a tab, a leading dash): they are only ever read from ``-z`` output
and never written into a line-based protocol; ``git cat-file --batch`` is fed object ids, which are hex. Which
working-tree files differ from the index is decided by hashing them here, so git never runs a repository's
clean filter. Every call goes through ``rice_core.gitrun.run_git`` (no fsmonitor, no transports, no pager).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from rice_core.gitrun import run_git, try_git
from rice_core.safeio import read_regular_bytes

BLOB_MODES = (b"100644", b"100755")  # regular files (not links 120000, not submodules 160000)
MAX_BLOB_BYTES = 64 * 1024 * 1024


def git_top(cwd: Path) -> Path:
    """The top of the working tree containing ``cwd``."""
    return Path(os.fsdecode(run_git(["rev-parse", "--show-toplevel"], cwd).rstrip(b"\n")))


def git_dir(cwd: Path) -> Path:
    """The repository's git directory (absolute)."""
    return Path(os.fsdecode(run_git(["rev-parse", "--absolute-git-dir"], cwd).rstrip(b"\n")))


def has_head(top: Path) -> bool:
    return try_git(["rev-parse", "--verify", "-q", "HEAD^{commit}"], top) is not None


def _decode(name: bytes) -> str:
    return name.decode("utf-8", "surrogateescape")


def index_blobs(top: Path) -> dict[str, str]:
    """``{path: blob id}`` of the regular files in the index (stage 0), from ``git ls-files -z --stage``."""
    out: dict[str, str] = {}
    for record in run_git(["ls-files", "-z", "--stage", "--full-name"], top).split(b"\0"):
        meta, tab, name = record.partition(b"\t")
        fields = meta.split(b" ")
        if tab and len(fields) == 3 and fields[0] in BLOB_MODES and fields[2] == b"0":
            out[_decode(name)] = fields[1].decode("ascii")
    return out


def head_blobs(top: Path) -> dict[str, str]:
    """``{path: blob id}`` of the regular files committed at HEAD (empty before the first commit)."""
    if not has_head(top):
        return {}
    out: dict[str, str] = {}
    for record in run_git(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], top).split(b"\0"):
        meta, tab, name = record.partition(b"\t")
        fields = meta.split(b" ")
        if tab and len(fields) == 3 and fields[0] in BLOB_MODES and fields[1] == b"blob":
            out[_decode(name)] = fields[2].decode("ascii")
    return out


def blob_id(data: bytes, length: int = 40) -> str:
    """git's object id of a blob holding ``data`` (SHA-1, or SHA-256 in a 64-hex-digit repository)."""
    digest = hashlib.sha256() if length == 64 else hashlib.sha1()  # noqa: S324 - git's object name, not security
    digest.update(b"blob %d\0" % len(data))
    digest.update(data)
    return digest.hexdigest()


def worktree_changed(top: Path, index: dict[str, str], paths: list[str]) -> list[str]:
    """The ``paths`` whose working-tree bytes are not their index blob (missing, unreadable or edited)."""
    changed = []
    for path in paths:
        sha = index.get(path)
        try:
            data = read_regular_bytes(top / path, MAX_BLOB_BYTES, follow_links=False)
        except OSError:
            changed.append(path)
            continue
        if sha is None or blob_id(data, len(sha)) != sha:
            changed.append(path)
    return changed


def read_objects(top: Path, ids: list[str]) -> dict[str, bytes]:
    """``{id: contents}`` of blobs via one ``git cat-file --batch``; missing or oversized objects are left out."""
    wanted = sorted({i for i in ids if i and all(c in "0123456789abcdef" for c in i)})
    if not wanted:
        return {}
    out = run_git(["cat-file", "--batch"], top, stdin="".join(f"{i}\n" for i in wanted).encode("ascii"))
    found: dict[str, bytes] = {}
    position = 0
    for wanted_id in wanted:
        end = out.index(b"\n", position)
        header = out[position:end].split(b" ")
        position = end + 1
        if len(header) != 3 or header[1] != b"blob":
            continue  # "<id> missing", or not a blob
        size = int(header[2])
        if header[0].decode("ascii") == wanted_id and size <= MAX_BLOB_BYTES:
            found[wanted_id] = out[position : position + size]
        position += size + 1
    return found
