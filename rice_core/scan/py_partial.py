"""Calls through ``functools.partial``: ``cheap = partial(client.chat.completions.create, model="gpt-4o-mini")``
then ``cheap(messages=[...])``. The call site is ``cheap(...)``; its arguments are read first, then those bound
in the partial (evaluated where the partial was made), as Python merges them."""
from __future__ import annotations

import ast

from rice_core.scan.py_infer import Bound
from rice_core.scan.py_scopes import Scope

CallView = tuple[ast.Call, Scope]


def _skipped() -> ast.expr:
    """A positional slot taken by the partial's own positional arguments (``argument()`` skips starred ones)."""
    return ast.Starred(value=ast.Constant(None), ctx=ast.Load())


def call_views(node: ast.Call, scope: Scope, bound: Bound | None) -> list[CallView]:
    """The argument lists of a matched call, most specific first: the call's own, then the partial's."""
    if bound is None:
        return [(node, scope)]
    preset = bound.call.args[1:]
    own = ast.Call(func=node.func, args=[*(_skipped() for _ in preset), *node.args], keywords=node.keywords)
    fixed = ast.Call(func=bound.call.func, args=list(preset), keywords=bound.call.keywords)
    return [(ast.copy_location(own, node), scope), (ast.copy_location(fixed, bound.call), bound.scope)]


def merged_call(node: ast.Call, bound: Bound) -> ast.Call:
    """One call with the partial's target as callee and both argument lists (call keywords win), for matching."""
    own = {k.arg for k in node.keywords if k.arg is not None}
    keywords = [*node.keywords, *(k for k in bound.call.keywords if k.arg not in own)]
    merged = ast.Call(func=bound.call.args[0], args=[*bound.call.args[1:], *node.args], keywords=keywords)
    return ast.copy_location(merged, node)
