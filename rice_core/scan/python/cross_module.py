"""Objects made in the repository's own modules: ``from app.llm import chat_model`` → the ``ChatOpenAI(...)`` that
``app/llm.py`` binds to ``chat_model`` (a client, a chat model, a chain), inferred in that module's scopes so its
model and options resolve there. Module files are found and parsed by ``modules.py`` (inside the root only)."""

from __future__ import annotations

import ast

from rice_core.scan.python.infer import Chain, Inst, Obj, infer, lookup
from rice_core.scan.python.scopes import Scope


def imported_object(name: str, at: ast.AST, scope: Scope) -> Obj:
    """What ``name`` (imported from a repository module) is bound to there, when it is an SDK object."""
    from rice_core.scan.python.modules import imported_binding

    binding = lookup(name, scope, getattr(at, "lineno", 1) - 1)
    if binding is None or binding.kind not in ("import", "relimport"):
        return None
    found = imported_binding(binding, scope, ())
    if found is None:
        return None
    target, module, rest = found
    if rest or target.kind != "assign" or not isinstance(target.value, ast.expr) or target.scope is None:
        return None
    obj = infer(target.value, target.scope)
    return obj if isinstance(obj, (Inst, Chain)) else None
