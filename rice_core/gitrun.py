"""The one way R-ICE runs git: on a repository it may not trust, without letting that repository run anything.

A repository's ``.git/config`` can name commands that git runs on its own: ``core.fsmonitor`` on every index read,
filter drivers (``filter.<name>.clean``) when git hashes a working-tree file, ``diff.external`` and textconv
drivers when it prints a patch, transports (``ext::``, ``core.sshCommand``) when a partial clone fetches a missing
object lazily. Every call here switches these off (``-c`` settings outrank every config file) and R-ICE only runs
plumbing that never prints patches nor hashes working-tree files (it hashes them itself, see
``rice_core.budget.gitio``). Replace refs are ignored so the gate reads the objects the commit will contain.
Hooks (``core.hooksPath``) run only on commands R-ICE never calls (commit, checkout, merge, push).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from rice_core.errors import InputError

TIMEOUT_S = 120.0
SAFE_CONFIG: tuple[str, ...] = (
    "core.fsmonitor=false",  # else: a command from .git/config on every index read (ls-files, diff, status)
    "core.untrackedCache=false",  # never rewrite the index's untracked cache from a hook
    "protocol.allow=never",  # no transport at all: lazy fetches, ext::, ssh commands, credential helpers
    "core.pager=cat",
    "credential.helper=",
)
SAFE_ENV: dict[str, str] = {
    "GIT_TERMINAL_PROMPT": "0",  # never wait for a password on a terminal
    "GIT_NO_LAZY_FETCH": "1",  # a partial clone's missing object is missing, not fetched
    "GIT_NO_REPLACE_OBJECTS": "1",  # refs/replace must not change what HEAD:path or :path read
    "GIT_OPTIONAL_LOCKS": "0",  # read-only: no index.lock taken to refresh stat data
    "GIT_PAGER": "cat",
    "LC_ALL": "C",  # messages we recognise ("not a git repository") are in English
}


class GitFailed(InputError):
    """git ran and said no (not a repository, unknown revision); ``stderr`` holds its message."""

    def __init__(self, message: str, stderr: str) -> None:
        super().__init__(message)
        self.stderr = stderr


def git_command(args: list[str]) -> list[str]:
    """The argv for ``git args`` with the safety settings in front."""
    settings = [part for item in SAFE_CONFIG for part in ("-c", item)]
    return ["git", "--no-pager", *settings, *args]


def git_env() -> dict[str, str]:
    return {**os.environ, **SAFE_ENV}


def run_git(args: list[str], cwd: Path | str, stdin: bytes | None = None, timeout_s: float = TIMEOUT_S) -> bytes:
    """Run git safely in ``cwd`` and return its standard output; every failure is an ``InputError``."""
    folder = Path(cwd)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    try:
        done = subprocess.run(
            git_command(args),
            cwd=folder,
            input=stdin,
            capture_output=True,
            check=False,
            timeout=timeout_s,
            env=git_env(),
            stdin=None if stdin is not None else subprocess.DEVNULL,
        )
    except FileNotFoundError as exc:
        raise InputError("this command needs git, and git is not installed (or not on PATH)") from exc
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"git {args[0]} did not finish within {timeout_s:g} s in {folder}") from exc
    except OSError as exc:
        raise InputError(f"cannot run git in {folder}: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if any("not a git repository" in line for line in lines):
            raise GitFailed(f"{folder} is not inside a git repository (this command needs one)", "\n".join(lines))
        raise GitFailed(f"git {' '.join(args[:2])} failed: {lines[-1] if lines else done.returncode}", "\n".join(lines))
    return done.stdout


def try_git(args: list[str], cwd: Path | str, timeout_s: float = 60.0) -> bytes | None:
    """``run_git`` for optional questions (is this a repository? which files?): None on any failure."""
    try:
        return run_git(args, cwd, timeout_s=timeout_s)
    except InputError:
        return None
