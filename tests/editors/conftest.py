"""Real-editor tests (Neovim headless, VS Code via code-server): run by `.ci/editors.sh`, which installs the editors.

They are not collected by the plain `python -m pytest` run (that machine has no editors); the session header says
so. With RICE_EDITOR_TESTS=1 they are collected, and a missing editor or tool is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ENABLED = os.environ.get("RICE_EDITOR_TESTS") == "1"
HERE = Path(__file__).parent

collect_ignore = [] if ENABLED else ["test_neovim.py", "test_vscode.py", "test_vscode_venv.py"]


NOTICE = (
    "tests/editors: real-editor tests ENABLED (RICE_EDITOR_TESTS=1)"
    if ENABLED
    else "tests/editors: real-editor tests (Neovim, VS Code) NOT collected here; run them with `bash .ci/editors.sh`"
)


def pytest_report_header(config: pytest.Config) -> str:
    return NOTICE


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(NOTICE)


def required_env(name: str) -> str:
    """An environment variable .ci/editors.sh sets; missing → the test fails and says how to run it."""
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run the real-editor tests with `bash .ci/editors.sh`", pytrace=False)
    return value


def required_file(name: str) -> Path:
    path = Path(required_env(name))
    if not path.exists():
        pytest.fail(f"{name}={path} does not exist: run `bash .ci/editors.sh` to install it", pytrace=False)
    return path


def copy_workspace(parent: Path) -> Path:
    """A fresh copy of the sample workspace under ``parent``: app.py (two LLM calls, one to an unknown model),
    route.ts (a Next.js route handler: an openai and an @anthropic-ai/sdk call), triage.prompt (a dotprompt file
    naming its model) and rice.yaml (a budget)."""
    dest = parent / "support-bot"
    shutil.copytree(HERE / "workspace", dest)
    return dest


def editors_out_dir() -> Path:
    """Where screenshots and logs go (RICE_EDITORS_OUT, else test-output/editors)."""
    path = Path(os.environ.get("RICE_EDITORS_OUT") or HERE.parents[1] / "test-output" / "editors").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path
