"""VS Code with R-ICE installed only in a virtual environment, as a newcomer has it: the server is found through the
interpreter selected in the Python extension, with no `rice` on PATH and no R-ICE for `python3`; and when nothing
has R-ICE, one error whose button opens the setting. Run by .ci/editors.sh.

The Python extension itself cannot be installed on the test machines (Marketplace / Open VSX only): the test-only
stand-in in ``python_standin/`` has its id and the API shape R-ICE calls; see its README."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv

import pytest
from conftest import required_file
from editors_code_server import run_client, running
from editors_expected import expected_calls

SYSTEM_PATH = ("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin")


def has_rice_lsp(python: str) -> bool:
    done = subprocess.run([python, "-I", "-c", "import rice_lsp"], capture_output=True, timeout=60, check=False)
    return done.returncode == 0


@pytest.fixture(scope="module")
def env_without_rice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """This environment with PATH cut down to node and the system directories: no `rice`, and a `python3` (if any)
    without R-ICE. Checked, not assumed: a machine where that does not hold fails here. HOME is an empty folder:
    VS Code's server resolves the login shell's environment, and a user's dotfiles (pyenv shims…) must not bring
    a `rice` back; /etc/profile's PATH is part of the one checked."""
    node = shutil.which("node")
    assert node, "node is not on PATH"
    bin_dir = tmp_path_factory.mktemp("bin")
    (bin_dir / "node").symlink_to(node)
    path = os.pathsep.join([str(bin_dir), *SYSTEM_PATH])
    assert shutil.which("rice", path=path) is None, "a `rice` command is on the system PATH"
    python3 = shutil.which("python3", path=path)
    assert python3 is None or not has_rice_lsp(python3), f"{python3} has R-ICE installed"
    skip = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PATH", "HOME", "SHELL")
    home = tmp_path_factory.mktemp("home")
    kept = {k: v for k, v in os.environ.items() if k not in skip}
    return {**kept, "PATH": path, "HOME": str(home), "SHELL": "/bin/sh"}


def test_the_python_extensions_selected_venv_runs_the_server(
    tmp_path_factory: pytest.TempPathFactory, env_without_rice: dict[str, str]
) -> None:
    assert sys.prefix != sys.base_prefix and has_rice_lsp(sys.executable), "run in the virtual environment with R-ICE"
    standin = required_file("RICE_PYTHON_STANDIN_VSIX")
    settings = {"python.defaultInterpreterPath": sys.executable}  # what the stand-in reports as selected
    root = tmp_path_factory.mktemp("code-server")
    with running(root, settings, "vscode-venv", [standin], env_without_rice) as (url, ws):
        calls = expected_calls(ws)
        result = run_client(url, ws, "vscode-venv", {"MODE": "hints", "EXPECT_HINT": calls[0].hint})
    assert calls[0].hint in result["editor_text"]
    assert calls[0].lens in result["lenses"], result["lenses"]


def test_nothing_installed_gives_one_error_whose_button_opens_the_setting(
    tmp_path_factory: pytest.TempPathFactory, env_without_rice: dict[str, str]
) -> None:
    bare = tmp_path_factory.mktemp("bare-venv")
    venv.create(bare, with_pip=False)  # the selected interpreter: a real venv without R-ICE
    python = str(bare / "bin" / "python")
    standin = required_file("RICE_PYTHON_STANDIN_VSIX")
    root = tmp_path_factory.mktemp("code-server")
    with running(root, {"python.defaultInterpreterPath": python}, "vscode-none", [standin], env_without_rice) as (
        url,
        ws,
    ):
        notice = "R-ICE language server not found"
        env = {"MODE": "start-error", "EXPECT_NOTICE": notice, "CLICK_BUTTON": "Open Settings"}
        result = run_client(url, ws, "vscode-none", env)
    errors = [text for text in result["notifications"] if "R-ICE" in text]
    assert len(errors) == 1, result["notifications"]
    assert python in errors[0] and "rice.path" in errors[0] and "pip install /path/to/r-ice" in errors[0], errors[0]
    assert "-32097" not in " ".join(result["notifications"])
    assert result["settings_search"] == "rice.path", result
    assert result["settings_items"][0].startswith("Rice: Path\n"), result["settings_items"]
