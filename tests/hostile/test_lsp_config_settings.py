"""Issue 15 items 6 (server side) and 14: hostile settings and rice.yaml files never switch analysis off silently,
never stall the server and never put ``NaN``/``Infinity`` (invalid JSON) into what it sends."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.lsp_wire import Server, did_open, frame, initialize, initialized
from rice_lsp.workspace_total import FolderTotal, combine

APP_PY = (
    "from openai import OpenAI\n"
    "client = OpenAI()\n"
    "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}], max_tokens=300)\n"
)
BILLION_LAUGHS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "app.py").write_text(APP_PY, encoding="utf-8")
    return tmp_path


@pytest.fixture
def started(workspace: Path) -> Iterator[list[Server]]:
    servers: list[Server] = []
    yield servers
    for server in servers:
        server.close()


def _start(servers: list[Server], workspace: Path, options_json: bytes = b"null") -> Server:
    server = Server(workspace)
    servers.append(server)
    body = initialize(workspace).split(b"\r\n\r\n", 1)[1]
    body = body.replace(b'"initializationOptions": null', b'"initializationOptions": ' + options_json)
    server.send(frame(body) + initialized())
    server.response(1)
    return server


def _config_diagnostics(server: Server, workspace: Path) -> list[dict]:
    uri = (workspace / "rice.yaml").as_uri()
    published = server.wait_for(
        lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    )
    return published["params"]["diagnostics"]


def test_lsp_non_utf8_rice_yaml_gets_a_diagnostic(workspace: Path, started: list[Server]) -> None:
    (workspace / "rice.yaml").write_bytes("# caf\u00e9\nbudget:\n  co2e_kg: 1\n".encode("latin-1"))
    server = _start(started, workspace)
    (diagnostic,) = _config_diagnostics(server, workspace)
    assert diagnostic["code"] == "invalid-config" and "not UTF-8" in diagnostic["message"]


def test_lsp_billion_laughs_rice_yaml_does_not_stall_the_server(workspace: Path, started: list[Server]) -> None:
    (workspace / "rice.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    began = time.monotonic()
    server = _start(started, workspace)
    (diagnostic,) = _config_diagnostics(server, workspace)
    assert diagnostic["code"] == "invalid-config"
    server.request("shutdown", None, timeout_s=10)  # answered promptly: nothing expanded the aliases
    assert time.monotonic() - began < 15


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e308"])
def test_lsp_non_finite_settings_keep_analysis_on_and_say_so(
    workspace: Path, started: list[Server], literal: bytes
) -> None:
    options = b'{"rice": {"enable": %s, "debounceMs": %s, "maxFileBytes": %s, "defaults": {"pue": %s}}}' % (
        (literal,) * 4
    )
    server = _start(started, workspace, options)
    shown = server.wait_for(lambda m: m.get("method") == "window/showMessage")
    assert (
        "R-ICE: invalid settings, defaults used instead: rice.enable must be true or false"
        in shown["params"]["message"]
    )
    uri = (workspace / "app.py").as_uri()
    server.send(did_open(uri, APP_PY))
    lenses = server.poll("textDocument/codeLens", {"textDocument": {"uri": uri}}, bool)
    assert "CO₂e" in json.dumps(lenses, ensure_ascii=False)


def _total(co2e_kg: float, budget_kg: float | None) -> FolderTotal:
    return FolderTotal(
        root=Path("/w"),
        total_co2e_kg=co2e_kg,
        period="month",
        budget_co2e_kg=budget_kg,
        calls=1,
        files=1,
        config_path=None,
        budget_line=None,
    )


@pytest.mark.parametrize("co2e_kg", [math.inf, math.nan, 1e308])
def test_lsp_workspace_total_payload_is_valid_json(co2e_kg: float) -> None:
    payload = combine([_total(co2e_kg, 1e-300), _total(co2e_kg, None)])
    json.dumps(payload, allow_nan=False)  # raises on NaN/Infinity


def test_lsp_workspace_total_keeps_finite_figures() -> None:
    payload = combine([_total(2.5, 10.0)])
    assert (payload["total_co2e_kg"], payload["budget_co2e_kg"], payload["share"]) == (2.5, 10.0, 0.25)
