"""Issue 15 items 2 and 4: git on a repository R-ICE does not trust. A command named in ``.git/config``
(``core.fsmonitor``, a clean filter) never runs; replace refs cannot show the gate other objects than the commit
holds; a staged file name with a newline cannot shift other files' contents."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from .cli_tools import CALL, OVER_BUDGET_YAML, ROOMY_YAML, clean_failure, commit_all, git, make_repo, rice, user_env


def _trap(tmp_path: Path) -> tuple[Path, Path]:
    """(script, marker): a script that leaves the marker behind when anything runs it, then passes stdin through."""
    marker = tmp_path / "ran"
    script = tmp_path / "evil.sh"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\ncat\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, marker


@pytest.mark.parametrize("args", [["scan", "."], ["check"], ["check", "--staged"]], ids=" ".join)
def test_core_fsmonitor_from_git_config_never_runs(tmp_path: Path, args: list[str]):
    repo = make_repo(tmp_path / "repo")
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    commit_all(repo)
    script, marker = _trap(tmp_path)
    git(repo, "config", "core.fsmonitor", str(script))
    (repo / "app.py").write_text(CALL + "# edited\n", encoding="utf-8")
    done = rice(repo, *args, env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 0, done.stderr
    assert not marker.exists(), "a command from .git/config ran"


def test_clean_filter_from_git_config_never_runs(tmp_path: Path):
    repo = make_repo(tmp_path / "repo")
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    (repo / ".gitattributes").write_text("*.py filter=evil\n", encoding="utf-8")
    commit_all(repo)
    script, marker = _trap(tmp_path)
    git(repo, "config", "filter.evil.clean", str(script))
    (repo / "app.py").write_text(CALL + "# edited, not staged\n", encoding="utf-8")
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 0, done.stderr
    assert not marker.exists(), "a clean filter from .git/config ran"


def test_replace_refs_cannot_hide_a_staged_call(tmp_path: Path):
    repo = make_repo(tmp_path / "repo")
    (repo / "app.py").write_text("x = 0\n", encoding="utf-8")
    (repo / "rice.yaml").write_text(OVER_BUDGET_YAML, encoding="utf-8")
    commit_all(repo)
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    git(repo, "add", "app.py")
    staged = git(repo, "rev-parse", ":app.py").strip()
    (tmp_path / "harmless.py").write_text("x = 0\n", encoding="utf-8")
    harmless = git(repo, "hash-object", "-w", str(tmp_path / "harmless.py")).strip()
    git(repo, "replace", staged, harmless)
    done = rice(repo, "check", "--staged", env=user_env(tmp_path))
    clean_failure(done)
    assert done.returncode == 1 and "OVER BUDGET" in done.stdout, done.stdout


def test_staged_file_name_with_a_newline_does_not_shift_contents(tmp_path: Path):
    repo = make_repo(tmp_path / "repo")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    commit_all(repo)
    (repo / "a\nb.py").write_text(CALL, encoding="utf-8")
    (repo / "c.py").write_text(CALL + CALL.split("\n", 2)[2] * 9, encoding="utf-8")  # 10 calls
    git(repo, "add", "-A")
    staged = rice(repo, "check", "--staged", "--format", "json", env=user_env(tmp_path))
    tree = rice(repo, "check", "--format", "json", env=user_env(tmp_path))
    clean_failure(staged)
    assert staged.returncode == 0 and tree.returncode == 0, staged.stderr
    staged_data, tree_data = json.loads(staged.stdout), json.loads(tree.stdout)
    assert len(tree_data["calls"]) == 11
    assert staged_data["total_kg"] == pytest.approx(tree_data["total_kg"])  # index == working tree
    assert staged_data["staged"]["staged_kg"] == pytest.approx(tree_data["compared_total_kg"])
