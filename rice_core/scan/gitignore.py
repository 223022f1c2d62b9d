""".gitignore rules for trees outside git, with git's own semantics (``pathspec.GitIgnoreSpec``, as black and mypy
use): every folder's ``.gitignore`` applies below it, and the deepest file with a matching pattern decides."""

from __future__ import annotations

import os

from pathspec import GitIgnoreSpec

from rice_core.safeio import read_regular_bytes

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
    try:
        data = read_regular_bytes(os.path.join(folder, ".gitignore"), MAX_GITIGNORE_BYTES, follow_links=False)
    except OSError:  # missing, a link, a FIFO or device, or too large
        return None
    return parse_gitignore(data.decode("utf-8", "replace"))


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
