"""Session fixtures for the end-to-end hook tests: a throwaway commit of this working tree to serve as the
pre-commit hook repository, and one shared PRE_COMMIT_HOME so that pre-commit builds its venv only once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(path, sha) of a one-commit git repository holding this working tree's tracked and unignored files."""
    target = tmp_path_factory.mktemp("hook-repo")
    names = [n for n in _git(REPO, "ls-files", "-z", "-co", "--exclude-standard").split("\0") if n]
    for name in names:
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q", "-b", "main")
    _git(target, "add", "-A")
    _git(target, "-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", "snapshot")
    return target, _git(target, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture()
def git_env(pre_commit_home: Path) -> dict[str, str]:
    """Environment for git/pre-commit subprocesses: isolated config, shared PRE_COMMIT_HOME, this venv first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    venv_bin = str(Path(sys.executable).parent)
    env.update(
        PRE_COMMIT_HOME=str(pre_commit_home),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="T",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="T",
        GIT_COMMITTER_EMAIL="t@example.com",
        PATH=venv_bin + os.pathsep + env.get("PATH", ""),
        PRE_COMMIT_COLOR="never",
        NO_COLOR="1",
    )
    return env
