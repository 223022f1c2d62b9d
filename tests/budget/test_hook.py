import os
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

from rice_core.budget.gitio import blob_id, head_blobs, index_blobs, read_objects, worktree_changed
from rice_core.budget.hook import MARKER, hook_script, install_hook
from rice_core.cli import main
from rice_core.errors import InputError

REPO = Path(__file__).resolve().parents[2]


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.com")
    git(tmp_path, "config", "user.name", "T")
    return tmp_path


def test_repository_hook_script_is_the_packaged_one():
    assert (REPO / "hooks" / "pre-commit").read_text(encoding="utf-8") == hook_script()
    assert os.access(REPO / "hooks" / "pre-commit", os.X_OK)
    assert MARKER in hook_script() and "rice check --staged" in hook_script()


def test_pre_commit_hooks_manifest():
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "rice-budget" and hook["language"] == "python"
    assert hook["entry"] == "rice check --staged"
    assert hook["pass_filenames"] is False and hook["always_run"] is True and hook["require_serial"] is True
    assert hook["stages"] == ["pre-commit", "pre-push", "manual"]


def test_install_hook_writes_an_executable_hook(repo: Path, capsys):
    assert main(["install-hook", "--repo", str(repo)]) == 0
    target = repo / ".git" / "hooks" / "pre-commit"
    assert target.read_text(encoding="utf-8") == hook_script()
    assert target.stat().st_mode & stat.S_IXUSR
    assert f"installed the carbon budget hook at {target}" in capsys.readouterr().out
    assert main(["install-hook", "--repo", str(repo)]) == 0  # ours: may be rewritten


def test_install_hook_refuses_a_foreign_hook_without_force(repo: Path, capsys):
    target = repo / ".git" / "hooks" / "pre-commit"
    target.write_text("#!/bin/sh\nexec lint-everything\n")
    with pytest.raises(InputError, match="--force"):
        install_hook(repo)
    assert main(["install-hook", "--repo", str(repo)]) == 2
    assert "was not written by R-ICE" in capsys.readouterr().err
    assert target.read_text() == "#!/bin/sh\nexec lint-everything\n"
    assert main(["install-hook", "--repo", str(repo), "--force"]) == 0
    assert target.read_text(encoding="utf-8") == hook_script()


def test_install_hook_respects_core_hooks_path(repo: Path):
    git(repo, "config", "core.hooksPath", "githooks")
    assert install_hook(repo) == repo / "githooks" / "pre-commit"


def test_git_queries_index_head_worktree_and_blobs(repo: Path):
    (repo / "a.py").write_text("one\n")
    (repo / "b.py").write_text("bee\n")
    git(repo, "add", ".")
    assert sorted(index_blobs(repo)) == ["a.py", "b.py"] and head_blobs(repo) == {}  # before the first commit
    git(repo, "commit", "-q", "-m", "init")
    (repo / "a.py").write_text("two\n")
    git(repo, "add", "a.py")
    (repo / "a.py").write_text("three\n")
    (repo / "b.py").unlink()
    (repo / "c py.py").write_text("new\n")
    git(repo, "add", "c py.py")
    index, head = index_blobs(repo), head_blobs(repo)
    assert sorted(p for p in index.keys() | head.keys() if index.get(p) != head.get(p)) == ["a.py", "c py.py"]
    assert worktree_changed(repo, index, sorted(index)) == ["a.py", "b.py"]
    assert index["a.py"] == blob_id(b"two\n") == git(repo, "rev-parse", ":a.py").strip()
    blobs = read_objects(repo, [index["a.py"], head["a.py"], index["c py.py"], "0" * 40])
    assert blobs == {index["a.py"]: b"two\n", head["a.py"]: b"one\n", index["c py.py"]: b"new\n"}
