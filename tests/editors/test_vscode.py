"""VS Code (code-server 4.100.3) with the packaged .vsix, driven by Playwright + chromium (run by .ci/editors.sh)."""

from __future__ import annotations

import sys
import venv
from typing import Any

import pytest
from conftest import editors_out_dir
from editors_code_server import run_client, running
from editors_expected import ExpectedCall, expected_calls

Session = tuple[dict[str, Any], list[ExpectedCall]]


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Session]:
    """One code-server with R-ICE running on this interpreter; a browser opens app.py, then another route.ts."""
    with running(tmp_path_factory.mktemp("code-server"), {"rice.pythonPath": sys.executable}, "vscode") as (url, ws):
        calls = expected_calls(ws)
        env = {"MODE": "hints", "EXPECT_HINT": calls[0].hint, "HOVER_SHOT": str(editors_out_dir() / "vscode-hover.png")}
        python = run_client(url, ws, "vscode-hints", env), calls
        ts_calls = expected_calls(ws, "route.ts")
        ts_env = {"MODE": "hints", "EXPECT_HINT": ts_calls[0].hint}
        return {"app.py": python, "route.ts": (run_client(url, ws, "vscode-ts-hints", ts_env, "route.ts"), ts_calls)}


@pytest.fixture(scope="module")
def vscode(sessions: dict[str, Session]) -> Session:
    return sessions["app.py"]


def test_inlay_hint_text_is_in_the_editor(vscode: Session) -> None:
    result, calls = vscode
    assert calls[0].hint in result["editor_text"]
    assert (editors_out_dir() / "vscode-hints.png").stat().st_size > 10_000


def test_code_lens_is_in_the_editor(vscode: Session) -> None:
    result, calls = vscode
    assert calls[0].lens in result["lenses"], result["lenses"]


def test_hover_shows_the_breakdown(vscode: Session) -> None:
    result, calls = vscode
    co2e = calls[0].hint.split("·")[-1].strip()
    assert result["hover"] and calls[0].model in result["hover"] and co2e in result["hover"], result["hover"]


def test_typescript_route_handler_shows_its_hint_and_lens(sessions: dict[str, Session]) -> None:
    result, calls = sessions["route.ts"]
    assert [c.model for c in calls] == ["gpt-4o-mini", "claude-3-5-haiku-20241022"]
    assert calls[0].hint in result["editor_text"], result["editor_text"]
    assert calls[0].lens in result["lenses"], result["lenses"]
    co2e = calls[0].hint.split("·")[-1].strip()
    assert result["hover"] and calls[0].model in result["hover"] and co2e in result["hover"], result["hover"]
    assert (editors_out_dir() / "vscode-ts-hints.png").stat().st_size > 10_000


def test_status_bar_shows_the_workspace_total(vscode: Session) -> None:
    result, _ = vscode
    assert any("CO₂e/month" in text and "%" in text for text in result["status_bar"]), result["status_bar"]


def test_a_disabled_feature_setting_reaches_the_server(tmp_path_factory: pytest.TempPathFactory) -> None:
    """rice.inlayHints.enabled=false travels (initializationOptions, workspace/configuration) and switches hints off."""
    settings = {"rice.pythonPath": sys.executable, "rice.inlayHints.enabled": False}
    with running(tmp_path_factory.mktemp("code-server"), settings, "vscode-no-hints") as (url, ws):
        result = run_client(url, ws, "vscode-no-hints", {"MODE": "hints"})
    assert result["lenses"] and "CO₂e/month" in result["lenses"][0]
    assert " tok · " not in result["editor_text"], result["editor_text"]


def test_a_python_without_rice_is_reported_with_the_setting_to_fix(tmp_path_factory: pytest.TempPathFactory) -> None:
    bare = tmp_path_factory.mktemp("bare-venv")
    venv.create(bare, with_pip=False)  # a real interpreter that has no rice_lsp
    python = str(bare / "bin" / "python")
    with running(tmp_path_factory.mktemp("code-server"), {"rice.pythonPath": python}, "vscode-bad-python") as (url, ws):
        result = run_client(url, ws, "vscode-bad-python", {"MODE": "start-error", "EXPECT_NOTICE": "rice.pythonPath"})
    assert any(python in text and "rice.pythonPath" in text for text in result["notifications"]), result
