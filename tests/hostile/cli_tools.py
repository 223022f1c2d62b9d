"""Shared pieces of the CLI half of the hostile-input suite: the real ``rice`` command as a subprocess (always
with a timeout), throwaway git repositories, and a file with one LLM call."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RICE = shutil.which("rice") or "rice"
TIMEOUT_S = 90
CALL = (
    "from openai import OpenAI\n"
    "client = OpenAI()\n"
    'client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], max_tokens=300)\n'
)
OVER_BUDGET_YAML = "volume:\n  default: 1000/day\nbudget:\n  period: month\n  co2e_kg: 0.001\n"
ROOMY_YAML = "volume:\n  default: 1000/day\nbudget:\n  period: month\n  co2e_kg: 1000000\n"


def user_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This environment with a private per-user cache folder (tests never share or keep caches)."""
    cache = tmp_path.parent / f"{tmp_path.name}-user-cache"
    return {**os.environ, "RICE_CACHE_DIR": str(cache), **extra}


def rice(
    cwd: Path, *args: str, env: dict[str, str] | None = None, timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """``rice ARGS`` in ``cwd``; a hang is a test failure (TimeoutExpired), never a stuck suite."""
    return subprocess.run(
        [RICE, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def git(cwd: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=True
    )
    return done.stdout


def make_repo(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "t@example.com")
    git(path, "config", "user.name", "T")
    git(path, "config", "commit.gpgsign", "false")
    return path


def commit_all(repo: Path, message: str = "c") -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--no-verify", "-m", message)


def clean_failure(done: subprocess.CompletedProcess[str]) -> None:
    """No traceback and not the 'unexpected error' exit code 3."""
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr[-2000:]
    assert done.returncode != 3, done.stderr[-2000:]
