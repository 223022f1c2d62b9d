"""Reading call arguments by keyword name or positional index (``ArgSpec`` entries of the SDK table)."""

from __future__ import annotations

import ast


def keyword(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


def argument(node: ast.Call, spec: tuple[str | int, ...]) -> ast.expr | None:
    """The first argument of ``node`` matching ``spec`` (keyword names and positional indexes, in order)."""
    for item in spec:
        if isinstance(item, int):
            if item < len(node.args) and not isinstance(node.args[item], ast.Starred):
                return node.args[item]
        else:
            found = keyword(node, item)
            if found is not None:
                return found
    return None


def arguments(node: ast.Call, spec: tuple[str | int, ...]) -> list[ast.expr]:
    """Every argument of ``node`` matching ``spec`` (e.g. both ``system`` and ``messages``)."""
    out: list[ast.expr] = []
    for item in spec:
        found = argument(node, (item,))
        if found is not None and all(found is not seen for seen in out):
            out.append(found)
    return out
