"""The stdio transport: LSP base-protocol framing that a hostile or broken client cannot stall, crash or silence.

pygls's own loop trusts the peer: ``Content-Length: 99999999999`` allocates until ``MemoryError``, a length that
is too long or a bare-LF header leaves it waiting forever, and a request whose params do not validate gets no
answer at all. This reader caps header lines and message size, accepts bare LF, skips junk up to the next
``Content-Length`` header, takes a complete JSON value when a body stalls short of its declared length (keeping
what follows it), answers undecodable requests with a JSON-RPC error, and logs one line for each framing error.
"""

from __future__ import annotations

import json
import logging
import os
import re
import select
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

MIB = 1024 * 1024
MAX_MESSAGE_BYTES = 128 * MIB  # a 100 MB document (rice.maxFileBytes' upper bound) still fits, JSON-escaped
MAX_HEADER_LINE_BYTES = 8 * 1024
MAX_HEADER_LINES = 32
STALL_S = 2.0  # a body that stops short of its Content-Length for this long is taken as it is, if it is JSON
_LENGTH = re.compile(rb"content-length[ \t]*:[ \t]*(\S*)", re.IGNORECASE)


class FramingError(Exception):
    """The stream cannot be read as LSP messages any further (the caller logs it and exits)."""


@dataclass(frozen=True)
class Frame:
    body: bytes
    note: str | None = None  # a recovered framing problem, logged by the caller


class FrameReader:
    """Reads frames from a file descriptor with its own buffer, so bytes after a short body are not lost."""

    def __init__(self, fd: int, max_bytes: int = MAX_MESSAGE_BYTES, stall_s: float = STALL_S) -> None:
        self._fd, self._max, self._stall_s = fd, max_bytes, stall_s
        self._buf = bytearray()
        self._eof = False

    def _fill(self, timeout_s: float | None = None) -> bool:
        """Read what is available (waiting up to ``timeout_s``; None: until data or EOF); False on timeout/EOF."""
        if self._eof:
            return False
        if timeout_s is not None:
            ready, _, _ = select.select([self._fd], [], [], timeout_s)
            if not ready:
                return False
        chunk = os.read(self._fd, MIB)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _line(self) -> bytes | None:
        """One header line without its terminator (LF or CRLF); None at EOF."""
        while True:
            end = self._buf.find(b"\n")
            if end >= 0:
                line = bytes(self._buf[:end])
                del self._buf[: end + 1]
                return line.rstrip(b"\r")
            if len(self._buf) > MAX_HEADER_LINE_BYTES:  # junk without newlines: drop it up to the next header
                found = self._buf.lower().find(b"content-length")
                del self._buf[: found if found > 0 else len(self._buf) - 16]
            if not self._fill():
                return None

    def read(self) -> Frame | None:
        """The next message body; None at the end of the stream. Raises FramingError when it cannot go on."""
        notes: list[str] = []
        length: int | None = None
        lines = 0
        while True:
            line = self._line()
            if line is None:
                return None
            lines += 1
            match = _LENGTH.search(line)
            if match:
                if match.start() > 0:
                    notes.append(f"skipped {match.start()} junk bytes before a header")
                length = _parse_length(match.group(1), self._max)
            elif not line.strip():
                if length is not None:
                    break
                if lines > 1:
                    notes.append("skipped a header block without Content-Length")
                lines = 0
                continue
            elif b":" not in line:
                notes.append(f"skipped a junk line of {len(line)} bytes")
            if lines > MAX_HEADER_LINES:
                notes.append(f"skipped more than {MAX_HEADER_LINES} header lines")
                length, lines = None, 0
        return self._body(length, notes)

    def _body(self, length: int, notes: list[str]) -> Frame:
        while len(self._buf) < length:
            if self._fill(self._stall_s):
                continue
            value_end = _json_prefix(bytes(self._buf))
            if value_end is None and not self._eof:
                continue  # a large message arriving slowly: keep waiting
            if value_end is None:
                raise FramingError(f"the stream ended {length - len(self._buf)} bytes short of a message")
            notes.append(f"Content-Length said {length} bytes; used the {value_end}-byte JSON value that arrived")
            length = value_end
            break
        body = bytes(self._buf[:length])
        del self._buf[:length]
        value_end = _json_prefix(body)
        if value_end is not None and body[value_end:].strip():  # the length covered the next message too
            notes.append(f"Content-Length said {length} bytes; the JSON value ends at {value_end}, kept the rest")
            self._buf[:0] = body[value_end:].lstrip()
            body = body[:value_end]
        return Frame(body, "; ".join(notes) or None)


def _parse_length(text: bytes, cap: int) -> int:
    if not text.isdigit() or len(text) > 15:
        raise FramingError(f"invalid Content-Length {text[:40]!r}")
    value = int(text)
    if value > cap:
        raise FramingError(f"Content-Length {value:,} exceeds the {cap:,}-byte message limit")
    return value


def _json_prefix(data: bytes) -> int | None:
    """Byte length of the complete JSON value at the start of ``data`` (leading whitespace included), or None."""
    try:
        text = data.decode("utf-8")
        _, end = json.JSONDecoder().raw_decode(text, len(text) - len(text.lstrip()))
    except (UnicodeDecodeError, ValueError):
        return None
    return len(text[:end].encode("utf-8"))


def error_reply(body: bytes, code: int, message: str) -> dict[str, Any] | None:
    """The JSON-RPC error response for a message that could not be handled; None for notifications and responses
    (nothing may answer them). A message that is not even JSON gets ``id: null``, as JSON-RPC prescribes."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
    if not isinstance(data, dict):
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request"}}
    msg_id = data.get("id")
    if "method" not in data or not isinstance(msg_id, (int, str)) or isinstance(msg_id, bool):
        return None
    return {"jsonrpc": "2.0", "id": msg_id, "error": {"code": code, "message": message}}
