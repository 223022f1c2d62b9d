"""A raw JSON-RPC client for the language server over stdio: sends exactly the bytes a test gives it (framing
attacks included) and collects what the server writes, so tests can wait on conditions with bounded timeouts."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WAIT_S = 20.0  # upper bound for any awaited condition; tests finish as soon as it holds


def frame(body: bytes | str) -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


def message(payload: dict[str, Any]) -> bytes:
    return frame(json.dumps({"jsonrpc": "2.0", **payload}))


def initialize(root: Path | None, msg_id: int = 1, options: Any = None) -> bytes:
    folders = [{"uri": root.as_uri(), "name": root.name}] if root is not None else None
    params = {
        "processId": None,
        "rootUri": root.as_uri() if root is not None else None,
        "capabilities": {"workspace": {"configuration": False}},
        "workspaceFolders": folders,
        "initializationOptions": options,
    }
    return message({"id": msg_id, "method": "initialize", "params": params})


def initialized() -> bytes:
    return message({"method": "initialized", "params": {}})


def did_open(uri: str, text: str, version: int = 1) -> bytes:
    item = {"uri": uri, "languageId": "python", "version": version, "text": text}
    return message({"method": "textDocument/didOpen", "params": {"textDocument": item}})


class Server:
    """``python -m rice_lsp`` as a subprocess; a reader thread parses every frame it writes into ``messages``."""

    def __init__(self, cwd: Path, args: tuple[str, ...] = ()) -> None:
        self.stderr_path = cwd / "server-stderr.log"
        self._stderr = open(self.stderr_path, "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "rice_lsp", "--log-level", "INFO", *args],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
        )
        self.messages: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
                elif line in (b"\r\n", b"\n"):
                    break
            body = out.read(length or 0)
            self.messages.append(json.loads(body))  # json.loads rejects NaN/Infinity only with parse_constant

    def send(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout_s: float = WAIT_S) -> dict[str, Any]:
        """The first message (already received or arriving within ``timeout_s``) satisfying ``predicate``."""
        deadline = time.monotonic() + timeout_s
        while True:
            for item in list(self.messages):
                if predicate(item):
                    return item
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching message within {timeout_s} s; got {self.messages!r:.2000}")
            if self.proc.poll() is not None and not self._reader.is_alive():
                raise AssertionError(f"server exited ({self.proc.returncode}); stderr: {self.stderr()[-2000:]}")
            time.sleep(0.02)

    def response(self, msg_id: int, timeout_s: float = WAIT_S) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == msg_id and "method" not in m, timeout_s)

    def request(self, method: str, params: Any, timeout_s: float = WAIT_S) -> dict[str, Any]:
        """Send a request and wait for its response (result or error)."""
        self._next_id = getattr(self, "_next_id", 100) + 1
        self.send(message({"id": self._next_id, "method": method, "params": params}))
        return self.response(self._next_id, timeout_s)

    def poll(self, method: str, params: Any, accept: Callable[[Any], bool], timeout_s: float = WAIT_S) -> Any:
        """Repeat a request until its result satisfies ``accept`` (returned), or fail after ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while True:
            result = self.request(method, params, timeout_s).get("result")
            if accept(result):
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"{method} never satisfied the condition; last result {result!r:.500}")
            time.sleep(0.05)

    def exit_code(self, timeout_s: float = WAIT_S) -> int:
        """The server's exit status; fails (and kills it) if it is still running after ``timeout_s``."""
        try:
            return self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"server still running {timeout_s} s later") from None

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        self._stderr.close()
