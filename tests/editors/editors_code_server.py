"""code-server (VS Code 1.100.3 in a browser) for the real-editor tests: a throw-away profile with the packaged
.vsix installed, served on a free loopback port, and the Playwright client (vscode_client.js) that drives it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import copy_workspace, editors_out_dir, required_file

HERE = Path(__file__).parent
START_TIMEOUT_S = 60
CLIENT_TIMEOUT_S = 180
# the extension gallery points at a closed loopback port: no request leaves the machine
LOOPBACK_GALLERY = {
    "EXTENSIONS_GALLERY": json.dumps({"serviceUrl": "http://127.0.0.1:9/gallery", "itemUrl": "http://127.0.0.1:9/item"})
}
USER_SETTINGS: dict[str, Any] = {
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


def wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout_s: float) -> None:
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


def profile_flags(root: Path, port: int, settings: dict[str, Any]) -> list[str]:
    """A throw-away config, user-data and extensions dir under ``root``; returns the flags that select them."""
    config = root / "config.yaml"
    config.write_text(f"bind-addr: 127.0.0.1:{port}\nauth: none\ncert: false\n", encoding="utf-8")
    user = root / "user-data" / "User"
    user.mkdir(parents=True)
    (user / "settings.json").write_text(json.dumps({**USER_SETTINGS, **settings}, indent=2), encoding="utf-8")
    return [
        "--config",
        str(config),
        "--user-data-dir",
        str(root / "user-data"),
        "--extensions-dir",
        str(root / "extensions"),
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
    ]


def install_vsix(binary: Path, flags: list[str], vsix: Path) -> None:
    env = {**os.environ, **LOOPBACK_GALLERY}
    done = subprocess.run(
        [str(binary), *flags, "--install-extension", str(vsix)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0 and "successfully installed" in done.stdout, done.stdout + done.stderr


@contextmanager
def running(
    root: Path,
    settings: dict[str, Any],
    name: str,
    extra_vsix: Sequence[Path] = (),
    env: dict[str, str] | None = None,
) -> Iterator[tuple[str, Path]]:
    """code-server with the packaged .vsix (and ``extra_vsix``) and user ``settings``, in ``env`` (default: this
    process's environment); yields (base URL, workspace folder)."""
    binary, vsix = required_file("RICE_CODE_SERVER"), required_file("RICE_VSIX")
    port = free_loopback_port()
    flags = profile_flags(root, port, settings)
    for package in (vsix, *extra_vsix):
        install_vsix(binary, flags, package)
    workspace = copy_workspace(root)
    with (editors_out_dir() / f"{name}-code-server.log").open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [str(binary), *flags, "--bind-addr", f"127.0.0.1:{port}", str(workspace)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**(os.environ if env is None else env), **LOOPBACK_GALLERY},
        )
        try:
            wait_until_up(f"http://127.0.0.1:{port}/healthz", proc, START_TIMEOUT_S)
            yield f"http://127.0.0.1:{port}", workspace
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def run_client(
    base_url: str, workspace: Path, name: str, env_extra: dict[str, str], file: str = "app.py"
) -> dict[str, Any]:
    """Open ``file`` in chromium and run vscode_client.js; returns what it saw (fails on anything missing)."""
    out_dir = editors_out_dir()
    payload = urllib.parse.quote(json.dumps([["openFile", "vscode-remote://" + str(workspace / file)]]))
    outfile = out_dir / f"{name}_result.json"
    outfile.unlink(missing_ok=True)
    env = {
        **os.environ,
        **env_extra,
        "PW_DIR": str(required_file("RICE_PLAYWRIGHT_DIR")),
        "URL": f"{base_url}/?folder={urllib.parse.quote(str(workspace))}&payload={payload}",
        "SHOT": str(out_dir / f"{name}.png"),
        "OUTFILE": str(outfile),
    }
    node = shutil.which("node")
    assert node, "node is not on PATH"
    proc = subprocess.run(
        [node, str(HERE / "vscode_client.js")],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=CLIENT_TIMEOUT_S,
    )
    assert outfile.exists(), f"the Playwright client wrote no result: {proc.stdout}\n{proc.stderr}"
    result: dict[str, Any] = json.loads(outfile.read_text(encoding="utf-8"))
    assert proc.returncode == 0 and not result["errors"], f"{result}\n{proc.stdout}\n{proc.stderr}"
    return result
