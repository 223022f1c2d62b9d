"""Objects an app keeps in a key–value store and reads back by key: Chainlit ``cl.user_session.set("chain", chain)``
in the chat-start handler, then ``cl.user_session.get("chain")`` in the message handler; Streamlit
``st.session_state.get("chat")`` after ``st.session_state["chat"] = ...``. The key must be a string literal on both
sides and the store the same dotted name; the value is inferred where it was stored."""

from __future__ import annotations

import ast

from rice_core.scan.python.infer import Chain, Inst, Obj, infer
from rice_core.scan.python.scopes import Scope, dotted_names

_MEMO = (0, "stores")
Stored = dict[tuple[str, str], list[tuple[ast.expr, Scope]]]


def stored_object(node: ast.Call, scope: Scope, depth: int) -> Obj:
    """``store.get("key")``: the SDK object (client, chat model, chain) stored under ``key`` in this module."""
    func = node.func
    key = node.args[0] if node.args else None
    if not (isinstance(func, ast.Attribute) and isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return None
    holder = dotted_names(func.value)
    if not holder:
        return None
    module = scope
    while module.parent is not None:
        module = module.parent
    kept = module.bindings.get(f"{holder}.{key.value}")  # ``st.session_state["chat"] = ...``
    if kept and kept[-1].scope is not None and isinstance(kept[-1].value, ast.expr):
        found = infer(kept[-1].value, kept[-1].scope, depth + 1)
        if isinstance(found, (Inst, Chain)):
            return found
    for value, where in _stores(module).get((holder, key.value), ()):
        found = infer(value, where, depth + 1)
        if isinstance(found, (Inst, Chain)):
            return found
    return None


def _stores(module: Scope) -> Stored:
    """Every ``X.set("key", value)`` of the module by (store, key), collected once per module."""
    if _MEMO not in module.memo:
        stored: Stored = {}
        for call, where in module.calls or ():
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "set" and len(call.args) == 2:
                key = call.args[0]
                holder = dotted_names(func.value)
                if holder and isinstance(key, ast.Constant) and isinstance(key.value, str):
                    stored.setdefault((holder, key.value), []).append((call.args[1], where))
        module.memo[_MEMO] = stored
    return module.memo[_MEMO]  # type: ignore[return-value]
