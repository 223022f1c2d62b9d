"""Bytes → text for the scanner: size limit, NUL bytes, PEP 263 coding cookies; byte offsets → code points."""

from __future__ import annotations

import codecs
import re

MAX_FILE_BYTES = 10 * 1024 * 1024
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


class UnreadableSource(Exception):
    """The file cannot be decoded as source text; ``code`` is a registered problem code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def coding_cookie(data: bytes) -> str | None:
    """The PEP 263 encoding declared on the first two lines, if any."""
    for line in data.split(b"\n", 2)[:2]:
        match = _COOKIE.match(line)
        if match:
            return match.group(1).decode("ascii", "replace")
    return None


def decode_source(data: bytes) -> str:
    """Decode a source file: UTF-8 (BOM allowed) or its declared PEP 263 encoding; raise UnreadableSource otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableSource("file-too-large", f"{len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
    if b"\x00" in data:
        raise UnreadableSource("file-unreadable", "the file contains NUL bytes (binary?)")
    encoding = coding_cookie(data) or "utf-8-sig"
    try:
        codecs.lookup(encoding)
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise UnreadableSource("file-unreadable", f"cannot decode as {encoding}: {exc}") from exc
    return text.lstrip("\ufeff")


def codepoint_column(line_text: str, byte_col: int) -> int:
    """Convert ast's UTF-8 byte offset within a line to a 0-based code-point column."""
    if line_text.isascii():
        return byte_col
    return len(line_text.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))
