"""Issue 15 item 1: no launcher imports the opened project's files. The git hook's fallback (no ``rice`` on PATH)
runs R-ICE with the current folder dropped from ``sys.path``; the Neovim and Emacs snippets start ``rice lsp`` or
an isolated (``-I``) Python."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_tools import CALL, REPO, ROOMY_YAML, TIMEOUT_S, commit_all, git, make_repo, rice, user_env


def _bin_without_rice(tmp_path: Path) -> str:
    """A PATH with python3 (this interpreter, R-ICE installed) and git, but no ``rice`` command."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "python3").symlink_to(sys.executable)
    (folder / "git").symlink_to(shutil.which("git") or "/usr/bin/git")
    return os.pathsep.join([str(folder), "/usr/bin", "/bin"])


def test_hook_fallback_never_imports_the_repositorys_modules(tmp_path: Path):
    repo = make_repo(tmp_path / "repo")
    marker = tmp_path / "pwned"
    (repo / "app.py").write_text(CALL, encoding="utf-8")
    (repo / "rice.yaml").write_text(ROOMY_YAML, encoding="utf-8")
    (repo / "yaml.py").write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    commit_all(repo)
    assert rice(repo, "install-hook", env=user_env(tmp_path)).returncode == 0
    (repo / "app.py").write_text(CALL + "# edited\n", encoding="utf-8")
    git(repo, "add", "app.py")
    env = user_env(tmp_path, PATH=_bin_without_rice(tmp_path))
    assert shutil.which("rice", path=env["PATH"]) is None
    done = subprocess.run(
        ["git", "commit", "-m", "edit"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert not marker.exists(), "the hook imported the repository's yaml.py"
    assert done.returncode == 0 and "R-ICE carbon budget" in done.stdout + done.stderr, done.stdout + done.stderr


def launch_commands(text: str) -> list[str]:
    """Every line of an editor snippet that starts the server through Python (``rice_lsp`` as a module)."""
    return [line for line in text.splitlines() if re.search(r"""["']rice_lsp["']""", line)]


@pytest.mark.parametrize("snippet", ["editors/nvim/rice.lua", "editors/emacs/rice-eglot.el"])
def test_editor_snippets_start_rice_or_an_isolated_python(snippet: str):
    text = (REPO / snippet).read_text(encoding="utf-8")
    commands = launch_commands(text)
    assert commands, "the snippet has a Python fallback"
    for line in commands:
        assert re.search(r"""["']-I["'],?\s*["']-m["']""", line), f"{snippet}: {line.strip()} is not isolated"
    assert re.search(r"""["']rice["'],?\s*["']lsp["']""", text), f"{snippet} does not prefer the rice entry point"
