"""``rice install-hook``: write the plain git pre-commit hook (``hooks/pre-commit``) into a repository.

The script ships as package data (``git-hook.txt``, identical to the repository's ``hooks/pre-commit``). A hook
that R-ICE did not write is never overwritten without ``--force``.
"""

from __future__ import annotations

import os
import stat
from importlib.resources import files
from pathlib import Path

from rice_core.gitrun import run_git
from rice_core.safeio import read_regular_bytes
from rice_core.errors import InputError

MARKER = "installed by `rice install-hook`"


def hook_script() -> str:
    """The hook's text (POSIX sh)."""
    return files("rice_core.budget").joinpath("git-hook.txt").read_text(encoding="utf-8")


def hook_path(repo: Path) -> Path:
    """Where git looks for the pre-commit hook (respects ``core.hooksPath``)."""
    out = run_git(["rev-parse", "--git-path", "hooks/pre-commit"], repo).decode().strip()
    path = Path(out)
    return path if path.is_absolute() else (repo / path)


def install_hook(repo: Path, *, force: bool = False) -> Path:
    """Write the hook; refuse to replace a foreign one unless ``force``. Returns the hook's path."""
    target = hook_path(repo)
    if target.exists() and not force and MARKER not in _existing(target):
        raise InputError(
            f"{target} exists and was not written by R-ICE; use --force to replace it "
            "(or add `rice check --staged` to it yourself)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(hook_script(), encoding="utf-8")
    mode = target.stat().st_mode
    os.chmod(target, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return target


def _existing(target: Path) -> str:
    """The current hook's text ("" when it is not a regular file of sane size: then it is not ours)."""
    try:
        return read_regular_bytes(target, 1024 * 1024).decode("utf-8", "replace")
    except OSError:
        return ""
