"""Calls through ``functools.partial``: ``cheap = partial(client.chat.completions.create, model="gpt-4o-mini")``
then ``cheap(messages=[...])``. The call site is ``cheap(...)``; its arguments are read first, then those bound
in the partial (evaluated where the partial was made; an outer partial's before an inner one's), as Python
merges them: preset positional arguments come first, keywords given later win."""

from __future__ import annotations

import ast

from rice_core.scan.python.infer import Bound
from rice_core.scan.python.scopes import Scope

CallView = tuple[ast.Call, Scope]


def _skipped() -> ast.expr:
    """A positional slot taken by a partial's preset arguments (``argument()`` skips starred ones)."""
    return ast.Starred(value=ast.Constant(None), ctx=ast.Load())


def _layers(bound: Bound) -> list[Bound]:
    """The partials, innermost first (``partial(partial(f, a), b)`` → [partial(f, a), partial(…, b)])."""
    out: list[Bound] = []
    current: Bound | None = bound
    while current is not None and len(out) < 16:
        out.append(current)
        current = current.inner
    return out[::-1]


def call_views(node: ast.Call, scope: Scope, bound: Bound | None) -> list[CallView]:
    """The argument lists of a matched call, most specific first: the call's own, then each partial's."""
    if bound is None:
        return [(node, scope)]
    views: list[CallView] = []
    offset = 0
    for layer in _layers(bound):
        preset = layer.call.args[1:]
        view = ast.Call(
            func=layer.call.func, args=[*(_skipped() for _ in range(offset)), *preset], keywords=layer.call.keywords
        )
        views.insert(0, (ast.copy_location(view, layer.call), layer.scope))
        offset += len(preset)
    own = ast.Call(func=node.func, args=[*(_skipped() for _ in range(offset)), *node.args], keywords=node.keywords)
    return [(ast.copy_location(own, node), scope), *views]


def merged_call(node: ast.Call, bound: Bound) -> ast.Call:
    """One call with the innermost partial's target as callee and every argument (later keywords win)."""
    layers = _layers(bound)
    args: list[ast.expr] = [a for layer in layers for a in layer.call.args[1:]]
    keywords: dict[str | None, ast.keyword] = {}
    for source in [*(layer.call.keywords for layer in layers), node.keywords]:
        keywords.update({(k.arg if k.arg is not None else f"**{id(k)}"): k for k in source})
    merged = ast.Call(func=layers[0].call.args[0], args=[*args, *node.args], keywords=list(keywords.values()))
    return ast.copy_location(merged, node)
