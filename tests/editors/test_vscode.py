"""VS Code (code-server 4.100.3) with the packaged .vsix, driven by Playwright + chromium (run by .ci/editors.sh)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import copy_workspace, editors_out_dir, required_file
from editors_expected import ExpectedCall, expected_calls

HERE = Path(__file__).parent
START_TIMEOUT_S = 60
CLIENT_TIMEOUT_S = 180
# the extension gallery points at a closed loopback port: no request leaves the machine
LOOPBACK_GALLERY = {"EXTENSIONS_GALLERY": json.dumps({"serviceUrl": "http://127.0.0.1:9/gallery",
                                                      "itemUrl": "http://127.0.0.1:9/item"})}
USER_SETTINGS = {
    "editor.inlayHints.enabled": "on",
    "editor.minimap.enabled": False,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "security.workspace.trust.enabled": False,
    "extensions.ignoreRecommendations": True,
    "extensions.autoUpdate": False,
    "extensions.autoCheckUpdates": False,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "chat.commandCenter.enabled": False,
    "git.enabled": False,
}


def free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen, timeout_s: float) -> None:
    """Poll the health endpoint until it answers (or the server dies, or the deadline passes)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"code-server exited with {proc.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # poll interval of a condition wait
    pytest.fail(f"code-server did not answer {url} within {timeout_s} s")


def prepare_profile(root: Path, port: int) -> tuple[Path, list[str]]:
    """A throw-away code-server config, user-data and extensions dir; returns (config file, common flags)."""
    config = root / "config.yaml"
    config.write_text(f"bind-addr: 127.0.0.1:{port}\nauth: none\ncert: false\n", encoding="utf-8")
    user = root / "user-data" / "User"
    user.mkdir(parents=True)
    settings = {**USER_SETTINGS, "rice.pythonPath": sys.executable}
    (user / "settings.json").write_text(json.dumps(settings, indent=2), encoding="utf-8")
    flags = ["--config", str(config), "--user-data-dir", str(root / "user-data"),
             "--extensions-dir", str(root / "extensions"), "--disable-telemetry", "--disable-update-check",
             "--disable-workspace-trust", "--disable-getting-started-override"]
    return config, flags


@pytest.fixture(scope="module")
def code_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """code-server on a free loopback port with the packaged .vsix installed; yields (base URL, workspace)."""
    binary, vsix = required_file("RICE_CODE_SERVER"), required_file("RICE_VSIX")
    root = tmp_path_factory.mktemp("code-server")
    port = free_loopback_port()
    _config, flags = prepare_profile(root, port)
    install = subprocess.run([str(binary), *flags, "--install-extension", str(vsix)],
                             capture_output=True, text=True, timeout=120, env={**os.environ, **LOOPBACK_GALLERY})
    assert install.returncode == 0 and "successfully installed" in install.stdout, install.stdout + install.stderr
    workspace = copy_workspace(root)
    log = (editors_out_dir() / "code-server.log").open("w", encoding="utf-8")
    proc = subprocess.Popen([str(binary), *flags, "--bind-addr", f"127.0.0.1:{port}", str(workspace)],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **LOOPBACK_GALLERY})
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", proc, START_TIMEOUT_S)
        yield f"http://127.0.0.1:{port}", workspace
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def run_browser(base_url: str, workspace: Path, expected: ExpectedCall, out_dir: Path) -> dict:
    payload = urllib.parse.quote(json.dumps([["openFile", "vscode-remote://" + str(workspace / "app.py")]]))
    outfile = out_dir / "vscode_result.json"
    outfile.unlink(missing_ok=True)
    env = {**os.environ, "PW_DIR": str(required_file("RICE_PLAYWRIGHT_DIR")),
           "URL": f"{base_url}/?folder={urllib.parse.quote(str(workspace))}&payload={payload}",
           "EXPECT_HINT": expected.hint, "SHOT": str(out_dir / "vscode-hints.png"),
           "HOVER_SHOT": str(out_dir / "vscode-hover.png"), "OUTFILE": str(outfile)}
    node = shutil.which("node")
    assert node, "node is not on PATH"
    proc = subprocess.run([node, str(HERE / "vscode_client.js")], env=env, capture_output=True, text=True,
                          timeout=CLIENT_TIMEOUT_S)
    assert outfile.exists(), f"the Playwright client wrote no result: {proc.stdout}\n{proc.stderr}"
    result = json.loads(outfile.read_text(encoding="utf-8"))
    assert proc.returncode == 0 and not result["errors"], f"{result}\n{proc.stdout}\n{proc.stderr}"
    return result


@pytest.fixture(scope="module")
def vscode(code_server: tuple[str, Path]) -> tuple[dict, list[ExpectedCall]]:
    base_url, workspace = code_server
    calls = expected_calls(workspace)
    return run_browser(base_url, workspace, calls[0], editors_out_dir()), calls


def test_inlay_hint_text_is_in_the_editor(vscode: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = vscode
    assert calls[0].hint in result["editor_text"]
    assert (editors_out_dir() / "vscode-hints.png").stat().st_size > 10_000


def test_code_lens_is_in_the_editor(vscode: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = vscode
    assert calls[0].lens in result["lenses"], result["lenses"]


def test_hover_shows_the_breakdown(vscode: tuple[dict, list[ExpectedCall]]) -> None:
    result, calls = vscode
    assert result["hover"] and calls[0].model in result["hover"], result["hover"]


def test_status_bar_shows_the_workspace_total(vscode: tuple[dict, list[ExpectedCall]]) -> None:
    result, _ = vscode
    assert any("CO₂e/month" in text and "%" in text for text in result["status_bar"]), result["status_bar"]
