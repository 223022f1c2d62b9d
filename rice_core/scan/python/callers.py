"""Callers of a function in the same module: what they pass for a parameter that has no default, so a client
or model handed in by ``run(OpenAI(), "gpt-4o")`` is still found."""

from __future__ import annotations

import ast

from rice_core.scan.python.scopes import ParamSlot, Scope

MAX_CALLERS = 8
MAX_CALLER_DEPTH = 4  # caller look-ups only near the top of a resolution: no exponential walks


def caller_arguments(slot: ParamSlot, owner: Scope | None = None) -> list[tuple[ast.expr, Scope]]:
    """What the module's own call sites pass for a parameter: ``ask(q, model="gpt-4o")`` → (that expression, scope).
    With ``owner`` (the class of an ``__init__``), ``Client(api_url=settings.url)`` in the module is a caller too."""
    out: list[tuple[ast.expr, Scope]] = []
    callee = _constructor_of(slot, owner)
    for call, scope in slot.module.calls or ():
        func = call.func
        via_attribute = isinstance(func, ast.Attribute) and func.attr == slot.function
        via_class = callee is not None and isinstance(func, ast.Name) and func.id == callee
        if not via_attribute and not via_class and not (isinstance(func, ast.Name) and func.id == slot.function):
            continue
        index = slot.index - 1 if slot.is_method and (via_attribute or via_class) else slot.index
        found = next((k.value for k in call.keywords if k.arg == slot.name), None)
        if (
            found is None
            and 0 <= index < len(call.args)
            and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1])
        ):
            found = call.args[index]
        if found is not None:
            out.append((found, scope))
            if len(out) >= MAX_CALLERS:
                break
    return out


def _constructor_of(slot: ParamSlot, owner: Scope | None) -> str | None:
    """The class name that callers write to reach ``__init__`` (None for any other function)."""
    if slot.function != "__init__" or owner is None or owner.kind != "class":
        return None
    return owner.name


def enclosing_function(scope: Scope) -> str | None:
    """Qualified name of the innermost function or class around a call ("Bot.reply"); None at module level."""
    return scope.qualname


_PENDING = object()


def known_memo(slot: ParamSlot, kind: str):  # type: ignore[no-untyped-def]
    """A parameter's caller-derived value when an earlier, shallower look-up already found it (else None)."""
    found = slot.module.memo.get((id(slot), kind))
    return None if found is _PENDING else found


def memoized(slot: ParamSlot, kind: str, compute):  # type: ignore[no-untyped-def]
    """Per-module memo of a parameter's caller-derived value; a re-entrant look-up (recursion) sees None."""
    key = (id(slot), kind)
    memo = slot.module.memo
    if key in memo:
        found = memo[key]
        return None if found is _PENDING else found
    memo[key] = _PENDING
    memo[key] = result = compute()
    return result
