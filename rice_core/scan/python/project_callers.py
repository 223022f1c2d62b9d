"""Callers in other modules: a parameter without default (``def __init__(self, api_key, model)``) takes what the
project's modules importing this one pass (``OpenAIManager(key, "text-davinci-003")`` in ``main.py``), when they all
agree — found by a byte search for the import before any parsing, bounded like ``project_index``."""

from __future__ import annotations

import ast

from rice_core.scan.python.files import FileContext
from rice_core.scan.python.project_index import Imports, file_test, project_files, stem_of
from rice_core.scan.python.scopes import ParamSlot, Scope

MAX_IMPORTERS = 20


def importer_arguments(slot: ParamSlot, owner: Scope | None, every: bool = False) -> list[tuple[ast.expr, Scope]]:
    """What the project's modules importing this one pass for a parameter: ``OpenAIManager(key, "gpt-4o")`` in
    ``main.py`` for ``__init__(self, api_key, model)`` of ``openai_api_manager.py`` (the class's name is called).
    ``every``: nothing unless every call found passes the parameter (one with a default)."""
    from rice_core.scan.python.modules import module_at

    ctx = slot.module.file
    if not isinstance(ctx, FileContext) or ctx.root is None or ctx.file_abs is None:
        return []
    callee = (
        owner.name if slot.function == "__init__" and owner is not None and owner.kind == "class" else slot.function
    )
    files = project_files(ctx.root)
    stem = stem_of(ctx.file_abs)
    importers = [p for p in files if p != ctx.file_abs and file_test(p, Imports(stem))][:MAX_IMPORTERS]
    out: list[tuple[ast.expr, Scope]] = []
    for path in importers:
        module = module_at(path, ctx)
        if module is None:
            continue
        for call, where in module.calls or ():
            if _calls_imported(call, callee, stem, module):
                found = _argument_for(call, slot)
                if found is not None:
                    out.append((found, where))
                elif every:
                    return []  # a call that leaves the parameter to its default
    return out


def _calls_imported(call: ast.Call, callee: str, stem: str, module: Scope) -> bool:
    """``callee(...)`` with ``callee`` imported from module ``stem``, or ``stem.callee(...)``."""
    func = call.func
    if isinstance(func, ast.Name) and func.id == callee:
        binding = next(iter(module.bindings.get(callee, ())), None)
        return (
            binding is not None
            and binding.kind in ("import", "relimport")
            and binding.qualname.endswith(f"{stem}.{callee}")
        )
    return (
        isinstance(func, ast.Attribute)
        and func.attr == callee
        and isinstance(func.value, ast.Name)
        and (func.value.id == stem)
    )


def _argument_for(call: ast.Call, slot: ParamSlot) -> ast.expr | None:
    found = next((k.value for k in call.keywords if k.arg == slot.name), None)
    index = slot.index - 1 if slot.is_method else slot.index
    if found is None and 0 <= index < len(call.args):
        if not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            found = call.args[index]
    return found
