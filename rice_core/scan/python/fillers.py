"""What fills a prompt placeholder, read from the code: ``"\\n".join(...)`` over ``retrieve(q, k=4)`` is 4
retrieved passages, ``history[-6:]`` is 6 chat messages, ``Path(...).read_text()`` a document; else the name.
Feeds ``rice_core.workload.placeholders.size_hole`` (issue 16)."""

from __future__ import annotations

import ast

from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.infer import lookup
from rice_core.scan.python.modules import imported_binding
from rice_core.scan.python.values import binding_of, resolve_int
from rice_core.workload.placeholders import Hole, class_of

MAX_DEPTH = 6
COUNT_KEYWORDS = ("k", "top_k", "n", "n_results", "limit", "similarity_top_k", "max_results", "num_results", "top_n")
_READS = frozenset({"read", "read_text", "readlines", "load"})


def describe_hole(node: ast.AST, scope: Scope, name: str = "", depth: int = 0) -> Hole | None:
    """A ``Hole`` for the value at ``node`` (None when nothing useful can be said)."""
    if depth > MAX_DEPTH:
        return Hole(name) if name else None
    if isinstance(node, ast.Starred):
        return describe_hole(node.value, scope, name, depth + 1)
    if isinstance(node, ast.FormattedValue):
        return describe_hole(node.value, scope, name, depth + 1)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        return _slice(node, scope, name or _name_of(node.value), depth)
    if isinstance(node, ast.Call):
        return _call(node, scope, name, depth)
    if isinstance(node, ast.Name):
        binding = binding_of(node, scope)
        if binding is not None and binding.kind == "assign" and binding.value is not None and binding.scope:
            found = describe_hole(binding.value, binding.scope, name or node.id, depth + 1)
            return found if found is not None else Hole(name or node.id)
        return Hole(name or node.id)
    if isinstance(node, ast.Attribute):
        return Hole(name or node.attr)
    return Hole(name) if name else None


def _name_of(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return _name_of(node.func)
    return ""


def _filler_for(name: str) -> str:
    cls = class_of(name)
    return cls.id if cls is not None and cls.id in ("passages", "history") else "passages"


def _slice(node: ast.Subscript, scope: Scope, name: str, depth: int) -> Hole:
    """``history[-N:]`` → the last N items; ``docs[:k]`` → the first k."""
    part = node.slice
    assert isinstance(part, ast.Slice)
    bound = part.lower if part.lower is not None and part.upper is None else part.upper if part.lower is None else None
    if isinstance(bound, ast.UnaryOp) and isinstance(bound.op, ast.USub):
        bound = bound.operand
    count = _int(bound, scope) if bound is not None else None
    if count is None or count <= 0:
        inner = describe_hole(node.value, scope, name, depth + 1)
        return inner if inner is not None else Hole(name)
    text = ast.unparse(node)
    return Hole(name, _filler_for(name), count, f"{text} = {count}")


def _call(node: ast.Call, scope: Scope, name: str, depth: int) -> Hole | None:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr == "join" and len(node.args) == 1:
        return _joined(node.args[0], scope, name, depth)
    if isinstance(func, ast.Attribute) and func.attr in _READS:
        return Hole(name or "file", "document", None, f"{ast.unparse(node)[:60]} (file not in the repository)")
    count = _count_argument(node, scope)
    call_name = name or _name_of(func)
    if count is not None:
        return Hole(call_name, _filler_for(call_name), count[0], f"{ast.unparse(node)[:60]}: {count[1]}")
    return Hole(call_name) if call_name else None


def _joined(iterable: ast.AST, scope: Scope, name: str, depth: int) -> Hole | None:
    """``sep.join(x for x in items)``: the items' count is the hole's."""
    if isinstance(iterable, (ast.GeneratorExp, ast.ListComp)):
        iterable = iterable.generators[0].iter
    found = describe_hole(iterable, scope, "", depth + 1)
    if found is None:
        return Hole(name) if name else None
    label = name or found.name
    filler = found.filler or _filler_for(label)
    return Hole(label, filler if found.items else "", found.items, found.detail)


def _int(node: ast.expr | None, scope: Scope) -> int | None:
    """An integer constant, also one imported from another module of the repository (``settings.TOP_K``)."""
    value = resolve_int(node, scope)
    if value is None and isinstance(node, ast.Name):
        binding = lookup(node.id, scope, node.lineno - 1)
        found = imported_binding(binding, scope, ()) if binding is not None and "import" in binding.kind else None
        if found is not None and found[0].kind == "assign" and isinstance(found[0].value, ast.expr):
            value = resolve_int(found[0].value, found[1])
    return value


def _count_argument(node: ast.Call, scope: Scope) -> tuple[int, str] | None:
    """``retrieve(q, k=4)``, ``search(q, TOP_K)``, ``similarity_search(q, 4)``: the number of items asked for."""
    for keyword in node.keywords:
        if keyword.arg in COUNT_KEYWORDS:
            value = _int(keyword.value, scope)
            if value is not None and value > 0:
                return value, f"{keyword.arg}={value}"
    for arg in node.args[1:]:
        value = _int(arg, scope)
        if value is not None and 0 < value <= 1000:
            return value, f"{ast.unparse(arg)}={value}"
    return None
