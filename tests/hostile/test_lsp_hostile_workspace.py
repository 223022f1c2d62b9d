"""Issue 15 items 7-9 on the server side: a FIFO in the workspace, and hostile documents that would take the
parser minutes and gigabytes, neither hang nor freeze the server, and leave no process behind when it dies."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.lsp_wire import Server, did_open, initialize, initialized, message
from hostile.procs import alive, children, cmdline, wait_until

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs and /proc")

APP_PY = (
    "from openai import OpenAI\n"
    "client = OpenAI()\n"
    "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'hi'}], max_tokens=300)\n"
)
SLOW_PY = APP_PY + "x = f'" + "{a}" * 150_000 + "'\n"  # ~30 s of ast.parse, holding the GIL, when unbounded


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(APP_PY, encoding="utf-8")
    return tmp_path


@pytest.fixture
def server(workspace: Path) -> Iterator[Server]:
    srv = Server(workspace)
    yield srv
    for pid in children(srv.proc.pid):
        if "spawn_main" in cmdline(pid):
            os.kill(pid, signal.SIGKILL)
    srv.close()


def _start(server: Server, workspace: Path) -> None:
    server.send(initialize(workspace) + initialized())
    server.response(1)


def test_lsp_fifo_in_a_non_git_workspace_neither_hangs_the_scan_nor_the_exit(server: Server, workspace: Path) -> None:
    os.mkfifo(workspace / "openai_pipe.py")  # its name passes the pre-filter; nothing ever writes to it
    _start(server, workspace)
    total = server.wait_for(lambda m: m.get("method") == "rice/workspaceTotal")
    assert total["params"]["calls"] == 1
    assert server.request("shutdown", None)["result"] is None
    server.send(message({"method": "exit"}))
    assert server.exit_code(10) == 0


def test_lsp_answers_while_a_hostile_document_parses(server: Server, workspace: Path) -> None:
    _start(server, workspace)
    server.send(did_open((workspace / "slow.py").as_uri(), SLOW_PY))
    uri = (workspace / "app.py").as_uri()
    server.send(did_open(uri, APP_PY))
    lenses = server.poll("textDocument/codeLens", {"textDocument": {"uri": uri}}, bool, timeout_s=15)
    assert lenses


def test_lsp_parse_child_dies_with_the_killed_server(server: Server, workspace: Path) -> None:
    _start(server, workspace)
    server.send(did_open((workspace / "slow.py").as_uri(), SLOW_PY))

    def parse_children() -> list[int]:
        return [pid for pid in children(server.proc.pid) if "spawn_main" in cmdline(pid)]

    found = wait_until(parse_children, 20, "a bounded parse child started")
    pids = list(found) if isinstance(found, list) else []
    server.proc.send_signal(signal.SIGKILL)
    server.proc.wait(10)
    wait_until(lambda: not any(alive(pid) for pid in pids), 10, f"parse children {pids} ended")
