"""The few git queries ``rice check --staged`` needs: the repository top, changed paths, and blobs in one batch."""

from __future__ import annotations

import subprocess
from pathlib import Path

from rice_core.errors import InputError


def run_git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    """Run git; a failure (not a repository, no git) becomes an ``InputError`` with git's message."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise InputError("--staged needs git, and git is not installed") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if any("not a git repository" in line for line in message):
            raise InputError(f"{cwd} is not inside a git repository (this command needs one; run `git init` first)")
        raise InputError(f"git {' '.join(args[:2])} failed: {message[-1] if message else done.returncode}")
    return done.stdout


def git_top(cwd: Path) -> Path:
    """The top of the working tree containing ``cwd``."""
    return Path(run_git(["rev-parse", "--show-toplevel"], cwd).decode().strip())


def git_dir(cwd: Path) -> Path:
    """The repository's git directory (``.git``; absolute)."""
    out = run_git(["rev-parse", "--absolute-git-dir"], cwd).decode().strip()
    return Path(out)


def _names(raw: bytes) -> list[str]:
    return [name.decode("utf-8", "surrogateescape") for name in raw.split(b"\0") if name]


def has_head(top: Path) -> bool:
    return (
        subprocess.run(
            ["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=top, capture_output=True, check=False
        ).returncode
        == 0
    )


def staged_paths(top: Path) -> list[str]:
    """Paths (relative to the top) whose index version differs from HEAD: added, modified or deleted."""
    if has_head(top):
        return _names(run_git(["diff", "--cached", "--name-only", "-z", "--no-renames", "HEAD"], top))
    return _names(run_git(["ls-files", "-z", "--cached"], top))  # first commit: everything staged is new


def unstaged_paths(top: Path) -> list[str]:
    """Paths whose working-tree version differs from the index (their staged text is what gets committed)."""
    return _names(run_git(["diff", "--name-only", "-z", "--no-renames"], top))


def read_blobs(top: Path, specs: list[str]) -> dict[str, str | None]:
    """``{"HEAD:a.py": text, ":a.py": text, ...}`` via one ``git cat-file --batch``; missing objects → None."""
    if not specs:
        return {}
    out = run_git(["cat-file", "--batch"], top, stdin="".join(f"{spec}\n" for spec in specs).encode())
    blobs: dict[str, str | None] = {}
    position = 0
    for spec in specs:
        end = out.index(b"\n", position)
        header = out[position:end].split()
        position = end + 1
        if len(header) < 3 or header[-1] == b"missing":
            blobs[spec] = None
            continue
        size = int(header[2])
        blobs[spec] = out[position : position + size].decode("utf-8", "replace")
        position += size + 1
    return blobs
