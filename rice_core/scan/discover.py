"""Which files to scan: ``git ls-files`` inside a repository (run by ``rice_core.gitrun``: no fsmonitor), otherwise
a walk honouring every .gitignore; then the supported extensions and ``scan.include``/``scan.exclude`` globs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable

from rice_core.gitrun import try_git
from rice_core.scan.dispatch import language_of
from rice_core.scan.gitignore import ALWAYS_SKIPPED_DIRS, IgnoreTree


def _git_files(directory: str) -> list[str] | None:
    """Files under ``directory`` (relative to it) that git tracks or would track; None when not in a repository."""
    listed = try_git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], directory)
    if listed is None:
        return None
    names = listed.decode("utf-8", "surrogateescape").split("\0")
    return [n for n in names if n and os.path.isfile(os.path.join(directory, n))]


def _walk_files(directory: str, root: str) -> list[str]:
    """Files under ``directory`` (relative to it), honouring every ``.gitignore`` from ``root`` down."""
    base = root if not os.path.relpath(directory, root).startswith("..") else directory
    rules = IgnoreTree(base)
    found = []
    for current, dirs, files in os.walk(directory):
        rel_dir = os.path.relpath(current, base).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        dirs[:] = sorted(d for d in dirs if d not in ALWAYS_SKIPPED_DIRS and not rules.ignored(rel_dir + d, True))
        for name in sorted(files):  # a FIFO or device is never source code: listed, it would be opened
            if not rules.ignored(rel_dir + name, False) and os.path.isfile(os.path.join(current, name)):
                found.append(os.path.relpath(os.path.join(current, name), directory))
    return found


def _skipped_dir(rel_path: str) -> bool:
    return any(part in ALWAYS_SKIPPED_DIRS for part in rel_path.split("/")[:-1])


def _escapes(rel: str, root: str) -> bool:
    """A symbolic link that leads outside the root is not scanned."""
    absolute = os.path.join(root, rel)
    if not os.path.islink(absolute):
        return False
    real, base = os.path.realpath(absolute), os.path.realpath(root)
    return not (real == base or real.startswith(base.rstrip(os.sep) + os.sep))


def glob_match(rel_path: str, patterns: Iterable[str]) -> bool:
    """fnmatch on the root-relative path (``**/`` may match nothing) or, for slash-free patterns, the file name."""
    name = rel_path.rsplit("/", 1)[-1]
    for pattern in patterns:
        if "/" not in pattern and fnmatch.fnmatchcase(name, pattern):
            return True
        if fnmatch.fnmatchcase(rel_path, pattern) or fnmatch.fnmatchcase(rel_path, pattern.replace("**/", "")):
            return True
    return False


def discover(
    paths: Iterable[str], root: str, include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> list[str]:
    """Root-relative ``/``-separated paths of the files to scan, sorted and unique."""
    out: set[str] = set()
    for path in paths:
        absolute = os.path.abspath(path)
        if os.path.isfile(absolute):
            candidates = [os.path.relpath(absolute, root)]
        elif os.path.isdir(absolute):
            listed = _git_files(absolute)
            names = listed if listed is not None else _walk_files(absolute, root)
            candidates = [os.path.relpath(os.path.join(absolute, n), root) for n in names]
        else:
            continue
        for rel in candidates:
            rel = rel.replace(os.sep, "/")
            if _skipped_dir(rel) or language_of(rel) is None or _escapes(rel, root):
                continue
            if include and not glob_match(rel, include):
                continue
            if exclude and glob_match(rel, exclude):
                continue
            out.add(rel)
    return sorted(out)
