"""Parse Python that may be half-typed: blank the offending lines and retry, then fall back to parsing top-level
statement chunks separately, so the parts that parse still yield calls."""

from __future__ import annotations

import ast
import re
import warnings
from typing import NamedTuple

MAX_BLANKING_ATTEMPTS = 40
_TOP_START = re.compile(r"^(?![\s#)\]}]|else\b|elif\b|except\b|finally\b|case\b)")


class TooDeep(Exception):
    """The file nests too deeply for the parser or the analysis."""


class SyntaxFault(NamedTuple):
    """The first syntax error of a text: ``line N: what`` and where (1-based line, 0-based code-point column)."""

    message: str
    line: int | None
    column: int | None


def _fault(exc: SyntaxError) -> SyntaxFault:
    line = exc.lineno if exc.lineno is not None and exc.lineno >= 1 else None
    column = max(exc.offset - 1, 0) if line is not None and exc.offset is not None else None
    return SyntaxFault(f"line {exc.lineno}: {exc.msg}", line, column)


def _parse(text: str) -> ast.Module:
    try:
        with warnings.catch_warnings():  # the analysed code's invalid escapes etc. are not our warnings
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except RecursionError as exc:
        raise TooDeep(str(exc) or "nesting too deep") from exc
    # MemoryError propagates: under the bounded parser's memory limit it means "too complex", not "too deep"


def _error_line(exc: SyntaxError, count: int) -> int | None:
    line = exc.lineno
    if line is None or not 1 <= line <= count:
        return None
    return line


_PAIRS = {"(": ")", "[": "]", "{": "}"}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _open_brackets(text: str) -> list[str]:
    """Brackets left open in ``text`` (strings and comments skipped, roughly as the tokenizer does)."""
    stack: list[str] = []
    quote, i = "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif text.startswith(quote, i):
                i, quote = i + len(quote) - 1, ""
        elif ch in "'\"":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else ch
            i += len(quote) - 1
        elif ch == "#":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
        elif ch in _PAIRS:
            stack.append(ch)
        elif ch in ")]}" and stack and _PAIRS[stack[-1]] == ch:
            stack.pop()
        i += 1
    return stack


def _close_brackets(work: list[str], index: int) -> list[str]:
    """Close the brackets a half-typed statement left open, after its last continuation line, so the call being
    typed (``client.chat.completions.create(model="gpt-4o", ``) still parses."""
    end = index + 1
    while end < len(work) and (not work[end].strip() or _indent(work[end]) > _indent(work[index])):
        end += 1
    while end - 1 > index and not work[end - 1].strip():
        end -= 1
    stack = _open_brackets("".join(work[index:end]))
    if not stack:
        return work
    closers = "".join(_PAIRS[ch] for ch in reversed(stack))
    fixed = list(work)
    fixed[end - 1] = fixed[end - 1].rstrip("\n").rstrip().rstrip("\\") + closers + "\n"
    return fixed


def _blank_until_parses(lines: list[str], offset: int = 0) -> tuple[ast.Module | None, int]:
    """Close unclosed brackets, else blank offending lines one by one; returns (tree, number of lines changed)
    or (None, n) after giving up."""
    work = list(lines)
    blanked = 0
    last: int | None = None
    closed: set[int] = set()
    for _ in range(MAX_BLANKING_ATTEMPTS):
        try:
            return _parse("\n" * offset + "".join(work)), blanked
        except SyntaxError as exc:
            line = _error_line(exc, offset + len(work))
            if line is None or line <= offset:
                return None, blanked
            index = line - 1 - offset
            if "never closed" in str(exc.msg) and index not in closed:
                closed.add(index)
                work, blanked = _close_brackets(work, index), blanked + 1
                continue
            original = work[index]
            indent = original[: len(original) - len(original.lstrip())]
            repeat = last == line
            work[index] = "\n" if repeat or not indent else f"{indent}pass\n"
            if repeat and original == "\n":  # nothing left to blank here
                return None, blanked
            last = line
            blanked += 1
    return None, blanked


def _chunks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Top-level statements as (first line index, lines); decorators stay with their definition."""
    chunks: list[tuple[int, list[str]]] = []
    start, current = 0, []  # type: ignore[var-annotated]
    for index, line in enumerate(lines):
        begins = line.strip() and _TOP_START.match(line)
        if begins and current and not (current[-1].startswith("@") or current[-1].rstrip().endswith("\\")):
            chunks.append((start, current))
            start, current = index, []
        current.append(line)
    if current:
        chunks.append((start, current))
    return chunks


def parse_recovering(text: str) -> tuple[ast.Module, SyntaxFault | None]:
    """(module, None) for valid code; (partial module, the first error) for code with syntax errors.

    Raises TooDeep for pathological nesting."""
    try:
        return _parse(text), None
    except SyntaxError as exc:
        fault = _fault(exc)
    lines = text.splitlines(keepends=True)
    lines = [line if line.endswith("\n") else line + "\n" for line in lines]
    tree, _ = _blank_until_parses(lines)
    if tree is not None:
        return tree, fault
    body: list[ast.stmt] = []
    for start, chunk in _chunks(lines):
        part, _ = _blank_until_parses(chunk, offset=start)
        if part is not None:
            body.extend(part.body)
    return ast.Module(body=body, type_ignores=[]), fault
