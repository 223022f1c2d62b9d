"""Serve LSP over stdin/stdout with ``framing.FrameReader``, and end the process when the session ends.

The process ends with ``os._exit`` once the client sends ``exit``, closes stdin or breaks the framing beyond
repair: a workspace scan stuck in a worker thread (a slow disk, a parse that is still running) must not keep an
editor's server alive after the editor has gone, and nothing R-ICE holds needs a graceful interpreter shutdown.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pygls.exceptions import JsonRpcException
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer

from rice_lsp.framing import Frame, FrameReader, FramingError, error_reply

log = logging.getLogger(__name__)


def serve_stdio(server: LanguageServer) -> int:
    """Run the session on this process's stdin/stdout; returns the exit status (0 after shutdown + exit)."""
    server.protocol.set_writer(StdoutWriter(sys.stdout.buffer))
    reader = FrameReader(sys.stdin.buffer.fileno())
    try:
        return asyncio.run(_serve(server, reader))
    except SystemExit as exc:  # pygls's exit handler calls sys.exit
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:
        log.error("the client closed the connection; exiting")
        return 1


async def _serve(server: LanguageServer, reader: FrameReader) -> int:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rice-stdin") as pool:
        while True:
            try:
                frame = await loop.run_in_executor(pool, reader.read)
            except FramingError as exc:
                log.error("LSP framing error, exiting: %s", exc)
                return 1
            if frame is None:
                log.info("the client closed stdin; exiting")
                return 0 if getattr(server.protocol, "_shutdown", False) else 1
            _handle(server, frame)


def _handle(server: LanguageServer, frame: Frame) -> None:
    if frame.note:
        log.warning("LSP framing error, recovered: %s", frame.note)
    protocol = server.protocol
    try:
        message: Any = json.loads(frame.body, object_hook=protocol.structure_message)
    except JsonRpcException as exc:
        log.warning("could not read a message (%s): %.200r", exc.message, frame.body)
        _reply(server, error_reply(frame.body, exc.code, f"{exc.message}: the message does not match the LSP schema"))
        return
    except (ValueError, RecursionError) as exc:  # not JSON (or nested beyond reason)
        log.warning("message is not JSON (%s): %.200r", exc.__class__.__name__, frame.body)
        _reply(server, error_reply(frame.body, -32700, "Parse error"))
        return
    if not hasattr(message, "jsonrpc"):
        log.warning("not a JSON-RPC 2.0 message: %.200r", frame.body)
        _reply(server, error_reply(frame.body, -32600, "Invalid Request"))
        return
    if not hasattr(message, "id") and hasattr(message, "method") and b'"id"' in frame.body:
        # a notification method sent with an id is a request the client waits on: answer it, do not run it
        reply = error_reply(frame.body, -32600, f"Invalid Request: {message.method} is a notification, sent with an id")
        if reply is not None:
            log.warning("notification sent with an id: %.200r", frame.body)
            _reply(server, reply)
            return
    protocol.handle_message(message)


def _reply(server: LanguageServer, reply: dict[str, Any] | None) -> None:
    if reply is not None:
        server.protocol._send_data(reply)  # noqa: SLF001 - pygls's one writer (headers, locking)


def end_process(code: int) -> None:
    """Stop child processes this server started (bounded parses), flush the log, and end the process now."""
    for child in multiprocessing.active_children():
        child.kill()
    logging.shutdown()
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    os._exit(code)
