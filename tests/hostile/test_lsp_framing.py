"""Issue 15 item 13: framing attacks and invalid requests over stdio, replayed byte for byte on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.lsp_wire import Server, frame, initialize, initialized, message

SHUTDOWN_2 = b'{"jsonrpc":"2.0","id":2,"method":"shutdown"}'


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    (tmp_path / ".git").mkdir()
    srv = Server(tmp_path)
    srv.send(initialize(tmp_path) + initialized())
    srv.response(1)
    yield srv
    srv.close()


def test_lsp_huge_content_length_exits_cleanly_with_a_log_line(server: Server) -> None:
    server.send(b"Content-Length: 99999999999\r\n\r\n{}")
    assert server.exit_code() == 1
    log = server.stderr()
    assert "LSP framing error, exiting: Content-Length 99,999,999,999 exceeds the" in log
    assert "MemoryError" not in log and "Traceback" not in log


def test_lsp_content_length_longer_than_the_body_recovers(server: Server) -> None:
    server.send(b"Content-Length: 500\r\n\r\n" + SHUTDOWN_2)
    assert server.response(2)["result"] is None
    assert "Content-Length said 500 bytes; used the 44-byte JSON value" in server.stderr()


def test_lsp_bytes_after_a_short_body_are_kept(server: Server) -> None:
    """The lie swallows the whole next message; it is still answered."""
    notice, shutdown = b'{"jsonrpc":"2.0","method":"$/x","params":{}}', message({"id": 3, "method": "shutdown"})
    server.send(b"Content-Length: %d\r\n\r\n" % (len(notice) + len(shutdown)) + notice + shutdown)
    assert server.response(3)["result"] is None


def test_lsp_bare_lf_headers_are_accepted(server: Server) -> None:
    server.send(b"Content-Length: %d\n\n" % len(SHUTDOWN_2) + SHUTDOWN_2)
    assert server.response(2)["result"] is None


def test_lsp_junk_before_a_header_is_skipped_and_logged(server: Server) -> None:
    server.send(b"hello there\r\n\r\nGET / HTTP/1.1\r\n" + frame(SHUTDOWN_2))
    assert server.response(2)["result"] is None
    assert "LSP framing error, recovered: skipped a junk line" in server.stderr()


def test_lsp_request_with_invalid_params_gets_invalid_params(server: Server) -> None:
    server.send(message({"id": 2, "method": "textDocument/hover", "params": {"bogus": 1}}))
    error = server.response(2)["error"]
    assert error["code"] == -32602


def test_lsp_body_that_is_not_json_gets_a_parse_error(server: Server) -> None:
    server.send(frame(b'{"jsonrpc": "2.0", "id": 2, "method": '))
    reply = server.wait_for(lambda m: "error" in m and m.get("id") is None)
    assert reply["error"]["code"] == -32700
    server.send(frame(SHUTDOWN_2))  # and the session goes on
    assert server.response(2)["result"] is None


def test_lsp_json_that_is_not_an_object_gets_invalid_request(server: Server) -> None:
    server.send(frame(b"[1, 2, 3]"))
    reply = server.wait_for(lambda m: "error" in m and m.get("id") is None)
    assert reply["error"]["code"] == -32600


def test_lsp_exits_when_stdin_closes(server: Server) -> None:
    assert server.proc.stdin is not None
    server.proc.stdin.close()
    assert server.exit_code() == 1  # no shutdown request came first


def test_lsp_exit_after_shutdown_ends_the_process(server: Server) -> None:
    server.send(message({"id": 2, "method": "shutdown"}))
    server.response(2)
    server.send(message({"method": "exit"}))
    assert server.exit_code() == 0
