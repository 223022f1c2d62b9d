"""Issue 15 items 3 and 5: ways past the gate. Removing the budget in the commit is caught (the commit is checked
against HEAD's budget) and loosening it is said on stderr; a file that may call an LLM but could not be scanned
fails the gate unless ``scan.exclude`` leaves it out. Replayed with ``rice check``, a real ``git commit`` through
the installed hook, and real ``pre-commit``."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .cli_tools import (
    CALL,
    OVER_BUDGET_YAML,
    ROOMY_YAML,
    TIMEOUT_S,
    clean_failure,
    commit_all,
    git,
    make_repo,
    rice,
    user_env,
)

PRE_COMMIT_CONFIG = """repos:
  - repo: local
    hooks:
      - id: rice-budget
        name: rice-budget
        entry: rice check --staged
        language: system
        pass_filenames: false
        always_run: true
"""
BIG_PADDING = "# " + "x" * 1000 + "\n"


def _over_budget_repo(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path / "repo")
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    (repo / "rice.yaml").write_text(OVER_BUDGET_YAML, encoding="utf-8")
    commit_all(repo)
    return repo


def test_git_rm_rice_yaml_does_not_pass_an_over_budget_repository(tmp_path: Path):
    repo = _over_budget_repo(tmp_path)
    git(repo, "rm", "-q", "rice.yaml")
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1 and "OVER BUDGET" in done.stdout, done.stdout
    assert "this commit REMOVES the budget" in done.stderr and "REMOVES the budget" in done.stdout


def test_git_rm_cached_rice_yaml_is_a_removal_too(tmp_path: Path):
    repo = _over_budget_repo(tmp_path)
    git(repo, "rm", "-q", "--cached", "rice.yaml")  # the working-tree file stays: the commit still drops it
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    assert done.returncode == 1 and "this commit REMOVES the budget" in done.stderr, done.stderr


def test_raising_the_budget_in_the_commit_is_said_loudly(tmp_path: Path):
    repo = _over_budget_repo(tmp_path)
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    git(repo, "add", "rice.yaml")
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    assert done.returncode == 0, done.stdout
    assert "WARNING: this commit RAISES the budget from 0.001 kg/month to 1e+06 kg/month" in done.stderr


def test_removal_is_blocked_by_the_installed_git_hook(tmp_path: Path):
    repo = _over_budget_repo(tmp_path)
    assert rice(repo, "install-hook", env=user_env(tmp_path)).returncode == 0
    head = git(repo, "rev-parse", "HEAD")
    git(repo, "rm", "-q", "rice.yaml")
    done = subprocess.run(
        ["git", "commit", "-m", "drop the budget"],
        cwd=repo,
        env=user_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode != 0 and "REMOVES the budget" in done.stderr, done.stdout + done.stderr
    assert git(repo, "rev-parse", "HEAD") == head


def test_removal_is_blocked_by_real_pre_commit(tmp_path: Path):
    repo = _over_budget_repo(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(PRE_COMMIT_CONFIG, encoding="utf-8")
    commit_all(repo)
    env = user_env(tmp_path, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    git(repo, "rm", "-q", "rice.yaml")
    done = subprocess.run(
        ["pre-commit", "run", "--hook-stage", "pre-commit"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S * 2,
        check=False,
    )
    assert done.returncode == 1 and "REMOVES the budget" in done.stdout, done.stdout + done.stderr


def test_file_over_the_size_limit_fails_the_gate(tmp_path: Path):
    (tmp_path / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    (tmp_path / "big.py").write_text(CALL + BIG_PADDING * 10_500, encoding="utf-8")  # > 10 MB
    done = rice(tmp_path, "check", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1 and "GATE FAILS" in done.stdout and "big.py: not scanned" in done.stdout


def test_oversized_file_without_llm_calls_and_excluded_files_do_not_block(tmp_path: Path):
    (tmp_path / "rice.yaml").write_text(ROOMY_YAML + "scan:\n  exclude: ['vendor/**']\n", encoding="utf-8")
    (tmp_path / "data.py").write_text("x = 1\n" + BIG_PADDING * 10_500, encoding="utf-8")  # no SDK name in it
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "big.py").write_text(CALL + BIG_PADDING * 10_500, encoding="utf-8")
    done = rice(tmp_path, "check", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 0 and "GATE FAILS" not in done.stdout, done.stdout


def test_staged_file_over_the_size_limit_fails_the_gate(tmp_path: Path):
    repo = make_repo(tmp_path / "repo")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    commit_all(repo)
    (repo / "big.py").write_text(CALL + BIG_PADDING * 10_500, encoding="utf-8")
    git(repo, "add", "big.py")
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1 and "big.py: not scanned" in done.stdout, done.stdout


def test_4301_digit_annotation_does_not_drop_the_files_calls(tmp_path: Path):
    (tmp_path / "rice.yaml").write_text(OVER_BUDGET_YAML, encoding="utf-8")
    lines = CALL.splitlines()
    text = "\n".join([*lines[:2], "# rice: prompt_tokens=" + "9" * 4301, lines[2], ""])
    (tmp_path / "app.py").write_text(text, encoding="utf-8")
    done = rice(tmp_path, "check", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1 and "OVER BUDGET" in done.stdout and "1 LLM call site(s)" in done.stdout
