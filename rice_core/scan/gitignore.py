""".gitignore rules for trees outside git, with git's own semantics (``pathspec.GitIgnoreSpec``, as black and mypy
use): every folder's ``.gitignore`` applies below it, and the deepest file with a matching pattern decides."""

from __future__ import annotations

import os
import stat

from pathspec import GitIgnoreSpec

MAX_GITIGNORE_BYTES = 1024 * 1024  # a larger file is not a hand-written ignore list: it is skipped

ALWAYS_SKIPPED_DIRS = frozenset(
    {
        ".git",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        "build",
        "dist",
        ".rice-cache",
        ".tox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".hg",
        ".svn",
        ".eggs",
        "site-packages",
    }
)


def parse_gitignore(text: str) -> GitIgnoreSpec:
    """One ``.gitignore`` file's patterns."""
    return GitIgnoreSpec.from_lines(text.splitlines())


def read_gitignore(folder: str) -> GitIgnoreSpec | None:
    """The ``.gitignore`` of ``folder`` when it is a regular file of bounded size (never a FIFO or a link)."""
    path = os.path.join(folder, ".gitignore")
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_GITIGNORE_BYTES:
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_GITIGNORE_BYTES + 1)
    except OSError:
        return None
    return parse_gitignore(data[:MAX_GITIGNORE_BYTES].decode("utf-8", "replace"))


class IgnoreTree:
    """The ``.gitignore`` files of one tree, read once per folder as the walk reaches it."""

    def __init__(self, root: str) -> None:
        self.root = root
        self._specs: dict[str, GitIgnoreSpec | None] = {}

    def _spec(self, rel_dir: str) -> GitIgnoreSpec | None:
        if rel_dir not in self._specs:
            self._specs[rel_dir] = read_gitignore(os.path.join(self.root, rel_dir) if rel_dir else self.root)
        return self._specs[rel_dir]

    def ignored(self, rel_path: str, is_dir: bool) -> bool:
        """Whether a root-relative ``/``-separated path is ignored: the deepest ``.gitignore`` that matches wins."""
        parts = rel_path.split("/")
        for depth in range(len(parts) - 1, -1, -1):
            spec = self._spec("/".join(parts[:depth]))
            if spec is None:
                continue
            below = "/".join(parts[depth:]) + ("/" if is_dir else "")
            verdict = spec.check_file(below).include
            if verdict is not None:
                return verdict
        return False
