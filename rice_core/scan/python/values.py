"""Static value resolution for models and numbers: literals, constants, f-strings of constants, env-var defaults,
wrapper keyword defaults, ``self.x`` and class attributes, constant dict lookups. Never executes anything."""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass

from rice_core.scan.python.callers import MAX_CALLER_DEPTH, caller_arguments, memoized
from rice_core.scan.python.config_values import cli_default, factory_default
from rice_core.scan.python.infer import LocalClass, Qual, SelfRef, infer, lookup, self_attr
from rice_core.scan.python.scopes import Binding, ParamSlot, Scope

MAX_DEPTH = 16
ENV_GETTERS = frozenset({"os.getenv", "os.environ.get", "os.environ.setdefault", "os.environ.__getitem__"})


@dataclass(frozen=True)
class StrValue:
    value: str | None
    source: str  # literal|constant|fstring|env-default|wrapper-default|unresolved
    node: ast.Constant | None = None  # where the literal text sits
    env_var: str | None = None  # the environment variable consulted, if any
    reason: str = ""  # why it is unresolved

    @property
    def resolved(self) -> bool:
        return self.value is not None


UNRESOLVED = StrValue(None, "unresolved")


def _unresolved(reason: str, env_var: str | None = None) -> StrValue:
    return StrValue(None, "unresolved", env_var=env_var, reason=reason)


def binding_of(node: ast.expr, scope: Scope) -> Binding | None:
    """Binding behind a Name, ``self.attr`` or ``LocalClass.attr`` (lookups see only earlier lines)."""
    if isinstance(node, ast.Name):
        return lookup(node.id, scope, node.lineno - 1)
    if isinstance(node, ast.Attribute):
        base = infer(node.value, scope)
        if isinstance(base, SelfRef):
            return self_attr(base.cls, node.attr)
        if isinstance(base, LocalClass):
            return self_attr(base.cls, node.attr)
    return None


def resolve_str(node: ast.expr | None, scope: Scope, depth: int = 0) -> StrValue:
    """Resolve an expression to a string without running it; the source says how it was found."""
    if node is None or depth > MAX_DEPTH:
        return _unresolved("too indirect")
    if isinstance(node, ast.Constant):
        return StrValue(node.value, "literal", node) if isinstance(node.value, str) else _unresolved("not a string")
    if isinstance(node, ast.Attribute) and node.attr == "value":  # Model.FAST.value (a str Enum member)
        member = resolve_str(node.value, scope, depth + 1)
        if member.resolved:
            return member
    if isinstance(node, (ast.Name, ast.Attribute)):
        return _via_binding(node, scope, depth)
    if isinstance(node, ast.JoinedStr):
        return _fstring(node, scope, depth)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = resolve_str(node.left, scope, depth + 1), resolve_str(node.right, scope, depth + 1)
        if left.resolved and right.resolved:
            return StrValue(f"{left.value}{right.value}", "fstring", env_var=left.env_var or right.env_var)
        return _unresolved("concatenation of unknown parts")
    if isinstance(node, ast.Call):
        return _call(node, scope, depth)
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        return _first_of(node.values, scope, depth)
    if isinstance(node, ast.IfExp):
        return _first_of([node.body, node.orelse], scope, depth)
    if isinstance(node, ast.Subscript):
        return _subscript(node, scope, depth)
    return _unresolved(f"{type(node).__name__.lower()} expression")


def _via_binding(node: ast.Name | ast.Attribute, scope: Scope, depth: int) -> StrValue:
    binding = binding_of(node, scope)
    label = ast.unparse(node)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):  # args.model from argparse
        cli = cli_default(node, binding_of(node.value, scope))
        if cli is not None:
            found = resolve_str(cli[0], cli[1], depth + 1)
            return StrValue(found.value, "wrapper-default", found.node, found.env_var) if found.resolved else found
    imported = _imported_value(node, scope, depth)
    if imported is not None:
        return imported
    if binding is not None and binding.kind == "conflict" and isinstance(binding.value, ast.Tuple):
        values = ", ".join(ast.unparse(v) for v in binding.value.elts)
        return _unresolved(f"{label}: subclasses set different values: {values}")
    if binding is None or binding.scope is None:
        return _unresolved(f"{label} is defined elsewhere")
    if binding.kind == "param":
        if not isinstance(binding.value, ast.expr):
            return _from_callers(binding, label, depth)
        found = resolve_str(binding.value, binding.scope, depth + 1)
        given = _given_by_importers(binding, depth) if found.resolved else None
        if given is not None:  # ``GeminiModel(key, model_id="gemini-2.5-flash")`` in app.py overrides the default
            return given
        if found.resolved and found.source != "env-default":
            return StrValue(found.value, "wrapper-default", found.node, found.env_var)
        return found if found.resolved else _unresolved(f"parameter {label} has no string default", found.env_var)
    if binding.kind == "assign" and isinstance(binding.value, ast.expr):
        found = resolve_str(binding.value, binding.scope, depth + 1)
        if found.source == "literal":
            return StrValue(found.value, "constant", found.node)
        return found
    return _unresolved(f"{label} is not a constant")


def _star_binding(name: ast.Name, scope: Scope) -> Binding | None:
    """``MODEL`` after ``from config import *``: the name as if imported by name from that module (the last star
    import before the use; SDK packages are skipped by the module look-up)."""
    star = lookup("*", scope, name.lineno - 1)
    if star is None:
        return None
    dot = "" if star.qualname.endswith(".") else "."
    return Binding(star.kind, star.line, qualname=f"{star.qualname}{dot}{name.id}")


def _imported_value(node: ast.Name | ast.Attribute | ast.Subscript, scope: Scope, depth: int) -> StrValue | None:
    """A constant from one of the repository's modules: ``MODEL`` (from-imported) or ``config.MODEL``/``settings.model``."""
    from rice_core.scan.python.modules import absorb_reads, imported_binding

    if depth > MAX_DEPTH // 2:
        return None
    base: ast.expr = node
    steps: list[str | ast.Constant] = []  # ``env_vars["model"]``, ``settings.llm.model``: attributes and keys
    while isinstance(base, (ast.Attribute, ast.Subscript)) and len(steps) <= 3:
        if isinstance(base, ast.Attribute):
            steps.insert(0, base.attr)
        else:
            key = resolve_str(base.slice, scope, depth + 1)
            if not key.resolved:
                return None
            steps.insert(0, ast.Constant(key.value))
        base = base.value
    if not isinstance(base, ast.Name) or len(steps) > 3:
        return None
    binding = lookup(base.id, scope, base.lineno - 1) or _star_binding(base, scope)
    if binding is None or binding.kind not in ("import", "relimport"):
        return None
    cut = next((i for i, step in enumerate(steps) if not isinstance(step, str)), len(steps))
    leading = tuple(str(step) for step in steps[:cut])  # attributes before the first key may name a module
    found = imported_binding(binding, scope, leading)
    if found is None:
        return None
    target, module, rest = found
    if target.kind != "assign" or not isinstance(target.value, ast.expr):
        return None
    expr: ast.expr = target.value
    for step in (*rest, *steps[len(leading) :]):
        where = {"ctx": ast.Load(), "lineno": target.line + 1, "col_offset": 0}
        if isinstance(step, str):
            expr = ast.Attribute(value=expr, attr=step, **where)  # type: ignore[arg-type]
        else:
            expr = ast.Subscript(value=expr, slice=step, **where)  # type: ignore[arg-type]
    value = resolve_str(expr, module, depth + 2)
    absorb_reads(scope, module)
    if not value.resolved:
        return None
    return StrValue(value.value, "constant" if value.source == "literal" else value.source, None, value.env_var)


def _from_callers(binding: Binding, label: str, depth: int) -> StrValue:
    """A parameter without default: the value every caller in this module passes, when they all agree."""
    if binding.param is None or depth > MAX_CALLER_DEPTH:
        return _unresolved(f"parameter {label} has no default")
    slot = binding.param
    found = memoized(slot, "str", lambda: _agreed_value(slot, label, depth, binding.scope))
    return found if isinstance(found, StrValue) else _unresolved(f"parameter {label} depends on itself")


def _given_by_importers(binding: Binding, depth: int) -> StrValue | None:
    """A defaulted constructor parameter that every call of the project passes, with one constant: the modules
    importing this one are its only callers (no call in this module), and none leaves it to the default."""
    slot = binding.param
    if slot is None or slot.function != "__init__" or depth > MAX_CALLER_DEPTH or caller_arguments(slot):
        return None  # a wrapper class's constructor: a project-wide look-up per plain function would cost too much
    from rice_core.scan.python.project_callers import importer_arguments

    def agreed() -> StrValue | None:
        values = [resolve_str(a, s, depth + 1) for a, s in importer_arguments(slot, binding.scope, every=True)]
        distinct = {v.value for v in values}
        if not values or None in distinct or len(distinct) != 1:
            return None
        return StrValue(values[0].value, "constant", None, values[0].env_var)

    found = memoized(slot, "given", agreed)
    return found if isinstance(found, StrValue) else None


def _agreed_value(slot: ParamSlot, label: str, depth: int, owner: Scope | None = None) -> StrValue:
    callers = caller_arguments(slot, owner)
    if not callers:  # called from the modules that import this one: ``Manager(key, "gpt-4o")`` in main.py
        from rice_core.scan.python.project_callers import importer_arguments

        callers = importer_arguments(slot, owner)
    values = [resolve_str(arg, scope, depth + 1) for arg, scope in callers]
    distinct = {v.value for v in values}
    if values and None not in distinct and len(distinct) == 1:
        first = values[0]
        source = first.source if first.source in ("env-default", "wrapper-default") else "constant"
        return StrValue(first.value, source, None, first.env_var)
    why = "callers pass different models" if len(distinct) > 1 else "no caller in this file passes a constant"
    return _unresolved(f"parameter {label} has no default and {why}")


def _fstring(node: ast.JoinedStr, scope: Scope, depth: int) -> StrValue:
    parts: list[str] = []
    env_var = None
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
            continue
        inner = resolve_str(value.value, scope, depth + 1) if isinstance(value, ast.FormattedValue) else UNRESOLVED
        if not inner.resolved:
            return _unresolved("f-string with unknown parts", inner.env_var)
        parts.append(inner.value or "")
        env_var = env_var or inner.env_var
    return StrValue("".join(parts), "env-default" if env_var else "fstring", env_var=env_var)


def env_var_name(node: ast.Call, scope: Scope) -> str | None:
    """``X`` for ``os.getenv("X", ...)`` / ``os.environ.get("X")``; None for other calls."""
    func = infer(node.func, scope)
    if isinstance(func, Qual) and func.path in ENV_GETTERS and node.args:
        first = node.args[0]
        return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else "?"
    return None


def _call(node: ast.Call, scope: Scope, depth: int) -> StrValue:
    env = env_var_name(node, scope)
    if env is not None:
        default = (
            node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "default"), None)
        )
        found = resolve_str(default, scope, depth + 1) if default is not None else UNRESOLVED
        if found.resolved:
            return StrValue(found.value, "env-default", found.node, env)
        return _unresolved(f"environment variable {env} has no default", env)
    if isinstance(node.func, ast.Attribute) and node.func.attr in ("strip", "lower", "upper") and not node.args:
        return resolve_str(node.func.value, scope, depth + 1)
    if isinstance(node.func, ast.Name) and node.func.id == "str" and len(node.args) == 1:
        return resolve_str(node.args[0], scope, depth + 1)
    if _kwargs_get(node, scope) and len(node.args) > 1:  # kwargs.get("model", self.default_model)
        found = resolve_str(node.args[1], scope, depth + 1)
        return StrValue(found.value, "wrapper-default", found.node, found.env_var) if found.resolved else found
    default = factory_default(node)  # typer.Option("gpt-4o"), Field(default="gpt-4o")
    if default is not None:
        found = resolve_str(default, scope, depth + 1)
        return StrValue(found.value, "wrapper-default", found.node, found.env_var) if found.resolved else found
    return _unresolved(f"result of {ast.unparse(node.func)}()")


def _kwargs_get(node: ast.Call, scope: Scope) -> bool:
    """``kwargs.get(...)`` on the enclosing function's ``**kwargs``: callers may override, the default is what the
    code itself sends (as a keyword default)."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "get" and isinstance(func.value, ast.Name)):
        return False
    binding = lookup(func.value.id, scope, node.lineno)
    owner = binding.scope if binding is not None and binding.kind == "unknown" and binding.value is None else None
    if owner is None or owner.kind != "function" or owner.parent is None:
        return False
    defs = (b.value for b in owner.parent.bindings.get(owner.name, ()) if b.kind == "def" and b.scope is owner)
    definition = next(defs, None)
    kwarg = definition.args.kwarg if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
    return kwarg is not None and kwarg.arg == func.value.id


def _first_of(values: list[ast.expr], scope: Scope, depth: int) -> StrValue:
    env_var = None
    for value in values:
        found = resolve_str(value, scope, depth + 1)
        env_var = env_var or found.env_var
        if found.resolved:
            if env_var and found.source != "env-default":
                return StrValue(found.value, "env-default", found.node, env_var)
            return found
    return _unresolved("no branch is a constant", env_var)


def _subscript(node: ast.Subscript, scope: Scope, depth: int) -> StrValue:
    func = infer(node.value, scope)
    if isinstance(func, Qual) and func.path == "os.environ":
        key = resolve_str(node.slice, scope, depth + 1)
        return _unresolved("environment variable without default", key.value or "?")
    imported = _imported_value(node, scope, depth)  # ``env_vars["model"]`` with ``env_vars`` from a config module
    if imported is not None:
        return imported
    container = dict_items(node.value, scope, depth + 1)
    key = resolve_str(node.slice, scope, depth + 1)
    if container is not None and key.resolved and key.value in container:
        found = resolve_str(container[key.value], scope, depth + 1)
        return StrValue(found.value, "constant", found.node, found.env_var) if found.source == "literal" else found
    return _unresolved("subscript of an unknown mapping")


def dict_items(node: ast.expr | None, scope: Scope, depth: int = 0) -> dict[str, ast.expr] | None:
    """String-keyed items of a dict literal, ``dict(...)`` or config constructor call (``SamplingParams(...)``)."""
    if node is None or depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Dict):
        return {
            k.value: v
            for k, v in zip(node.keys, node.values)
            if isinstance(k, ast.Constant) and isinstance(k.value, str)
        }
    if isinstance(node, ast.Call):
        if node.args and _is_json_dumps(node, scope):  # body=json.dumps({...})
            return dict_items(node.args[0], scope, depth + 1)
        if node.args and _is_json_loads(node, scope):  # json.loads(args.llm_params): a JSON default string
            return _json_items(resolve_str(node.args[0], scope, depth + 1).value, node)
        return {k.arg: k.value for k in node.keywords if k.arg}
    if isinstance(node, (ast.Name, ast.Attribute)):
        binding = binding_of(node, scope)
        if binding is not None and binding.kind in ("assign", "param") and binding.scope is not None:
            items = dict_items(binding.value, binding.scope, depth + 1)  # type: ignore[arg-type]
            added = binding.scope.items.get(node.id) if isinstance(node, ast.Name) else None
            return {**(items or {}), **dict(added)} if added and items is not None else items
    if isinstance(node, ast.Subscript):  # CONFIG["llm"] → the nested dict
        container = dict_items(node.value, scope, depth + 1)
        key = resolve_str(node.slice, scope, depth + 1).value
        if container is not None and key in container:
            return dict_items(container[key], scope, depth + 1)  # type: ignore[index]
    return None


def _is_json_loads(node: ast.Call, scope: Scope) -> bool:
    func = infer(node.func, scope)
    return isinstance(func, Qual) and func.path in ("json.loads", "orjson.loads", "ujson.loads")


def _json_items(text: str | None, where: ast.expr) -> dict[str, ast.expr] | None:
    """The scalar items of a JSON object held in a string (an argparse default), as constants."""
    if not text or not text.lstrip().startswith("{") or len(text) > 10_000:
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None
    scalars = {k: v for k, v in parsed.items() if isinstance(v, (str, int, float, bool))}
    return {k: ast.copy_location(ast.Constant(v), where) for k, v in scalars.items()}


def _is_json_dumps(node: ast.Call, scope: Scope) -> bool:
    func = infer(node.func, scope)
    return isinstance(func, Qual) and func.path in ("json.dumps", "orjson.dumps", "ujson.dumps")


def resolve_int(node: ast.expr | None, scope: Scope, depth: int = 0) -> int | None:
    """An integer constant behind ``node`` (literals, constants, param defaults, ``int(os.getenv(.., "512"))``)."""
    if node is None or depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, int) and not isinstance(node.value, bool) else None
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):  # args.max_tokens from argparse
        cli = cli_default(node, binding_of(node.value, scope))
        if cli is not None:
            return resolve_int(cli[0], cli[1], depth + 1)
    if isinstance(node, (ast.Name, ast.Attribute)):
        binding = binding_of(node, scope)
        if binding is not None and binding.kind in ("assign", "param") and binding.scope is not None:
            return resolve_int(binding.value, binding.scope, depth + 1)  # type: ignore[arg-type]
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Add, ast.Sub, ast.FloorDiv)):
        left, right = resolve_int(node.left, scope, depth + 1), resolve_int(node.right, scope, depth + 1)
        if left is None or right is None:
            return None
        ops = {ast.Mult: left * right, ast.Add: left + right, ast.Sub: left - right}
        return ops.get(type(node.op), left // right if right else None)
    if isinstance(node, ast.Call) and factory_default(node) is not None:  # typer.Option(300), Field(default=300)
        return resolve_int(factory_default(node), scope, depth + 1)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "int" and node.args:
        text = resolve_str(node.args[0], scope, depth + 1)
        if text.value is not None and text.value.strip().isdigit():
            return int(text.value)
        return resolve_int(node.args[0], scope, depth + 1)
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        return next((v for v in (resolve_int(x, scope, depth + 1) for x in node.values) if v is not None), None)
    return None
