"""Half-typed code: close what is still open at the end of the text so the call being typed parses.

While a user types `await client.chat.completions.create({ model: "gpt-4o",` the file ends inside the call and
tree-sitter has no ``call_expression`` for it. Appending the missing closers (`})` here) after the last character
gives a tree with the call; positions of everything before the end are unchanged.
"""

from __future__ import annotations

_CLOSER = {"(": ")", "[": "]", "{": "}", "${": "}"}


def _skip_string(text: str, i: int, quote: str) -> int:
    """Index after the closing quote (or the end of the line / text)."""
    i += 1
    while i < len(text) and text[i] != quote and text[i] != "\n":
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _skip_comment(text: str, i: int) -> int:
    if text.startswith("//", i):
        end = text.find("\n", i)
        return len(text) if end == -1 else end
    end = text.find("*/", i + 2)
    return len(text) if end == -1 else end + 2


def open_brackets(text: str) -> list[str]:
    """The stack of brackets (and template literals) still open at the end of ``text``."""
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        in_template = bool(stack) and stack[-1] == "`"
        if in_template:
            if ch == "\\":
                i += 2
                continue
            if ch == "`":
                stack.pop()
            elif text.startswith("${", i):
                stack.append("${")
                i += 1
            i += 1
            continue
        if text.startswith(("//", "/*"), i):
            i = _skip_comment(text, i)
            continue
        if ch in "'\"":
            i = _skip_string(text, i, ch)
            continue
        if ch in "([{`":
            stack.append(ch)
        elif ch in ")]}" and stack and stack[-1] != "`":
            stack.pop()
        i += 1
    return stack


def closing_suffix(text: str, limit: int = 64) -> str:
    """Characters that close every bracket still open at the end (empty when balanced or hopelessly deep)."""
    stack = open_brackets(text)
    if not stack or len(stack) > limit:
        return ""
    return "\n" + "".join("`" if opener == "`" else _CLOSER[opener] for opener in reversed(stack))
