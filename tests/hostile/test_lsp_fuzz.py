"""Property-based fuzzing (hypothesis) of the server's message handling: the frame reader on arbitrary byte
streams (in process), and a real server over stdio on arbitrary well-framed messages — after every example the
server must still answer a plain request. Bounded example counts: the module runs in well under a minute."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile.lsp_wire import Server, frame, initialize, initialized
from rice_lsp.framing import FrameReader, FramingError

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
# Methods the server handles, plus others and nonsense. Excluded: exit/shutdown/initialize (they end or restart
# the session) and workspace folder changes (a client may legitimately point the server at any folder to scan).
METHODS = st.sampled_from(
    [
        "textDocument/didOpen",
        "textDocument/didChange",
        "textDocument/didClose",
        "textDocument/didSave",
        "textDocument/hover",
        "textDocument/inlayHint",
        "textDocument/codeLens",
        "textDocument/codeAction",
        "workspace/didChangeConfiguration",
        "workspace/didChangeWatchedFiles",
        "workspace/executeCommand",
        "$/cancelRequest",
        "$/setTrace",
        "textDocument/completion",
    ]
) | st.text(max_size=30)
URIS = st.sampled_from(["file:///w/app.py", "file:///w/../etc/passwd", "untitled:1", "file:///w/rice.yaml", ""]) | (
    st.text(max_size=30)
)
POSITION = st.fixed_dictionaries({"line": st.integers(-5, 2**40), "character": st.integers(-5, 2**40)})
SHAPED = st.fixed_dictionaries(  # params that pass the schema, with hostile values inside
    {
        "textDocument": st.fixed_dictionaries(
            {
                "uri": URIS,
                "languageId": st.sampled_from(["python", "typescript", "yaml", "x"]),
                "version": st.integers(-(2**31), 2**31 - 1),
                "text": st.text(max_size=200),
            }
        ),
        "position": POSITION,
        "range": st.fixed_dictionaries({"start": POSITION, "end": POSITION}),
        "contentChanges": st.lists(st.fixed_dictionaries({"text": st.text(max_size=100)}), max_size=2),
        "settings": JSON,
        "changes": st.lists(st.fixed_dictionaries({"uri": URIS, "type": st.integers(-1, 4)}), max_size=2),
        "context": st.fixed_dictionaries({"diagnostics": st.just([])}),
    }
)
REQUEST = st.fixed_dictionaries(  # a JSON-RPC 2.0 request to a method the server answers: it must get a reply
    {
        "jsonrpc": st.just("2.0"),
        "id": st.integers(0, 10**6),
        "method": st.sampled_from(
            ["textDocument/hover", "textDocument/inlayHint", "textDocument/codeLens", "textDocument/codeAction"]
        ),
        "params": SHAPED | JSON,
    }
)
MESSAGE = REQUEST | st.fixed_dictionaries(
    {"jsonrpc": st.sampled_from(["2.0", "1.0"]), "method": METHODS, "params": SHAPED | JSON},
    optional={"id": st.integers(0, 10**6) | st.text(max_size=5) | st.none() | st.booleans()},
)
JSON_BODY = MESSAGE.map(lambda m: json.dumps(m).encode()) | JSON.map(lambda v: json.dumps(v).encode())
BODY = JSON_BODY | st.binary(max_size=60)


def _reader_over(data: bytes) -> FrameReader:
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        with os.fdopen(write_fd, "wb") as out:
            out.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return FrameReader(read_fd, max_bytes=1 << 16, stall_s=0.01)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=40) | BODY.map(frame) | st.sampled_from([b"\r\n", b"\n", b"Content-Length: "])))
def test_lsp_frame_reader_never_fails_other_than_cleanly(chunks: list[bytes]) -> None:
    reader = _reader_over(b"".join(chunks))
    try:
        for _ in range(len(chunks) + 2):
            if reader.read() is None:
                break
    except FramingError:
        pass  # a clean, logged stop is allowed; any other exception fails the property


@settings(max_examples=100, deadline=None)
@given(st.lists(JSON_BODY, min_size=1, max_size=5), st.booleans())
def test_lsp_frame_reader_returns_well_framed_bodies_intact(bodies: list[bytes], bare_lf: bool) -> None:
    newline = b"\n" if bare_lf else b"\r\n"
    data = b"".join(b"Content-Length: %d%s%s%s" % (len(b), newline, newline, b) for b in bodies)
    reader = _reader_over(data)
    got = []
    while (item := reader.read()) is not None:
        got.append(item.body)
    assert got == bodies


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root: Path = tmp_path_factory.mktemp("fuzz")
    (root / ".git").mkdir()
    server = Server(root)
    server.send(initialize(root) + initialized())
    server.response(1)
    yield server
    server.close()


_IDS = iter(range(10**9, 2 * 10**9))


def _numbered(body: bytes) -> tuple[bytes, int | None]:
    """A JSON-RPC 2.0 request gets a fresh integer id (returned: it must be answered); other bodies unchanged."""
    try:
        data = json.loads(body)
    except ValueError:
        return body, None
    if not (isinstance(data, dict) and data.get("jsonrpc") == "2.0" and isinstance(data.get("method"), str)):
        return body, None
    if not isinstance(data.get("id"), int) or isinstance(data.get("id"), bool):
        return body, None
    data["id"] = next(_IDS)
    return json.dumps(data).encode(), data["id"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BODY, min_size=1, max_size=4))
def test_lsp_server_answers_every_request_and_survives(live_server: Server, bodies: list[bytes]) -> None:
    numbered = [_numbered(b) for b in bodies]
    live_server.send(b"".join(frame(b) for b, _ in numbered))
    for _, msg_id in numbered:
        if msg_id is not None:
            reply = live_server.response(msg_id, timeout_s=15)
            assert "result" in reply or reply["error"]["code"] < 0
    sentinel = next(_IDS)
    hover: dict[str, Any] = {"textDocument": {"uri": "file:///nowhere.py"}, "position": {"line": 0, "character": 0}}
    live_server.send(
        frame(json.dumps({"jsonrpc": "2.0", "id": sentinel, "method": "textDocument/hover", "params": hover}))
    )
    assert "result" in live_server.response(sentinel, timeout_s=15)
    assert live_server.proc.poll() is None


def test_a_notification_sent_with_an_id_is_answered_not_run(live_server: Server) -> None:
    """Found by the fuzzer: ``didOpen`` with an id was run as a notification and the client waited for ever."""
    msg_id = next(_IDS)
    doc = {"uri": "file:///w/with_id.py", "text": "x = 1\n", "version": 1, "languageId": "python"}
    body = {"jsonrpc": "2.0", "id": msg_id, "method": "textDocument/didOpen", "params": {"textDocument": doc}}
    live_server.send(frame(json.dumps(body)))
    reply = live_server.response(msg_id, timeout_s=15)
    assert reply["error"]["code"] == -32600 and "notification" in reply["error"]["message"]
    assert live_server.proc.poll() is None
