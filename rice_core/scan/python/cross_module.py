"""Objects made in the repository's own modules: ``from app.llm import chat_model`` → the ``ChatOpenAI(...)`` that
``app/llm.py`` binds to ``chat_model`` (a client, a chat model, a chain), inferred in that module's scopes so its
model and options resolve there; ``from .factory import get_model`` → that function, so ``get_model("x")`` is what
it returns (with the caller's arguments for its parameters). Package ``__init__`` re-exports are followed. Module
files are found and parsed by ``modules.py`` (inside the root only, each parsed once per content); results are
memoised per scan (``modules.scan_session``), and the hops are bounded by ``infer``'s depth."""

from __future__ import annotations

import ast
import sys
from dataclasses import replace

from rice_core.scan.python.args import argument
from rice_core.scan.python.infer import Chain, Inst, LocalClass, LocalFunction, Obj, Origin, lookup
from rice_core.scan.python.scopes import Binding, Scope
from rice_core.scan.python.sdk_table import load_table

_PENDING = object()
MAX_REEXPORTS = 4
_STDLIB = frozenset(sys.stdlib_module_names)


def is_external(binding: Binding) -> bool:
    """An import of an SDK or the standard library: never a repository module (no file look-ups)."""
    if binding.kind != "import":
        return False
    top = binding.qualname.partition(".")[0]
    return top in _STDLIB or load_table().sdk_for_module(binding.qualname) is not None


def imported(binding: Binding, scope: Scope, depth: int, attrs: tuple[str, ...] = ()) -> Obj:
    """What an imported name (``attrs`` below it when it names a module) is in the repository module defining it:
    an SDK object (``Inst``/``Chain``) or a function (``LocalFunction``); None for anything else."""
    if is_external(binding):
        return None
    from rice_core.scan.python.modules import session_memo

    memo = session_memo()
    key = ("import", id(binding), ".".join(attrs))
    if key in memo:
        found = memo[key]
        return None if found is _PENDING else found  # type: ignore[return-value]
    memo[key] = _PENDING  # an import cycle sees None
    memo[key] = result = _follow(binding, scope, depth, attrs)
    return result


def _follow(binding: Binding, scope: Scope, depth: int, attrs: tuple[str, ...]) -> Obj:
    from rice_core.scan.python.infer import MAX_DEPTH, infer
    from rice_core.scan.python.modules import absorb_reads, imported_binding

    if depth > MAX_DEPTH:
        return None
    found = imported_binding(binding, scope, attrs)
    if found is None:
        return None
    target, module, rest = found
    if rest:  # ``Settings.llm`` set in the config module (``Settings.llm = Ollama(...)``): its dotted binding
        looked_up = (binding.qualname.rpartition(".")[2], *attrs)[-(len(rest) + 1)]
        dotted = module.bindings.get(".".join((looked_up, *rest)))
        if not dotted:
            return None
        target = dotted[-1]
    obj: Obj = None
    if target.kind in ("import", "relimport"):  # a re-export: ``from .llm import llm`` in a package ``__init__``
        obj = imported(target, module, depth + 2)
    elif target.kind == "def" and isinstance(target.value, (ast.FunctionDef, ast.AsyncFunctionDef)):
        obj = LocalFunction(target.value, target.scope) if target.scope is not None else None
    elif target.kind == "class" and target.scope is not None:  # ``LLM().get_text_generator()``: its methods
        obj = LocalClass(target.scope)
    elif target.kind == "assign" and isinstance(target.value, ast.expr) and target.scope is not None:
        from rice_core.scan.python.fakes import is_fake_model

        fake = is_fake_model(target.value, target.scope)  # a test double exported by a fixtures module
        obj = None if fake else infer(target.value, target.scope, depth + 2)
    absorb_reads(scope, module)
    return obj if isinstance(obj, (Inst, Chain, LocalFunction, LocalClass)) else None


def defining_binding(binding: Binding, scope: Scope, hops: int = 0) -> Binding | None:
    """The assignment or definition an imported name stands for in its repository module (re-exports followed)."""
    from rice_core.scan.python.modules import imported_binding

    if binding.kind not in ("import", "relimport") or is_external(binding) or hops > MAX_REEXPORTS:
        return binding
    found = imported_binding(binding, scope, ())
    if found is None or found[2]:
        return None
    return defining_binding(found[0], found[1], hops + 1)


def imported_object(name: str, at: ast.AST, scope: Scope) -> Obj:
    """What ``name`` (imported from a repository module) is bound to there, when it is an SDK object."""
    binding = lookup(name, scope, getattr(at, "lineno", 1) - 1)
    if binding is None or binding.kind not in ("import", "relimport"):
        return None
    obj = imported(binding, scope, 0)
    return obj if isinstance(obj, (Inst, Chain)) else None


def module_attribute(node: ast.Attribute, scope: Scope, depth: int) -> Obj:
    """``config.llm`` after ``import config`` (or ``from app import config``): the object that module binds."""
    if not isinstance(node.value, ast.Name):
        return None
    binding = lookup(node.value.id, scope, node.lineno - 1)
    if binding is None or binding.kind not in ("import", "relimport"):
        return None
    return imported(binding, scope, depth, (node.attr,))


def with_arguments(found: Obj, func: LocalFunction, call: ast.Call, scope: Scope) -> Obj:
    """``get_model("llama3")`` with ``def get_model(name): return ChatOpenAI(model=name)``: the caller's argument for
    the parameter the model comes from, as the instance's most specific origin (so each call site keeps its own)."""
    if isinstance(found, Chain):
        llm = with_arguments(found.llm, func, call, scope)
        return replace(found, llm=llm) if isinstance(llm, Inst) and llm is not found.llm else found
    if not isinstance(found, Inst) or not found.origins:
        return found
    origin = found.origins[0]
    for key in origin.model_args:
        expr = argument(origin.call, (key,))
        if expr is None:
            continue
        actual = _passed(expr, func, call)
        if actual is None:
            return found
        args: list[ast.expr] = [ast.Constant(None)] * key + [actual] if isinstance(key, int) else []
        keywords = [ast.keyword(arg=key, value=actual)] if isinstance(key, str) else []
        synthetic = ast.Call(func=origin.call.func, args=args, keywords=keywords)
        ast.copy_location(synthetic, call)
        return replace(found, origins=(Origin(synthetic, scope, origin.model_args), *found.origins))
    return found


def _passed(expr: ast.expr, func: LocalFunction, call: ast.Call) -> ast.expr | None:
    """What ``call`` passes for the parameter of ``func`` that ``expr`` names (None when it is no parameter)."""
    if not isinstance(expr, ast.Name):
        return None
    binding = func.scope.bindings.get(expr.id, [None])[0]
    if binding is None or binding.kind != "param" or binding.param is None:
        return None
    slot = binding.param
    found = next((k.value for k in call.keywords if k.arg == slot.name), None)
    index = slot.index - 1 if slot.is_method and isinstance(call.func, ast.Attribute) else slot.index
    if found is None and 0 <= index < len(call.args):
        if not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            found = call.args[index]
    return found


APP_MODULES = ("main.py", "app.py", "server.py", "api.py", "asgi.py", "__init__.py")  # where an app is usually built


def app_module_binding(key: str, scope: Scope) -> list[Binding]:
    """``app.state.model`` read in a router module but set where the app is built (``main.py``, ``app.py``, … in
    the router's folder or above it, inside the root): that module's binding of the same dotted key."""
    from rice_core.scan.python.modules import absorb_reads, app_modules

    root = scope
    while root.parent is not None:
        root = root.parent
    for module in app_modules(root, APP_MODULES):
        found = module.bindings.get(key)
        if found:
            absorb_reads(scope, module)
            return found
    return []
