"""Where application code keeps model names besides plain constants: ``Enum`` members (``Model.FAST.value``),
argparse / typer / pydantic ``Field`` defaults, nested config dicts, attributes a base class sets in its
``__init__`` (taking what a subclass passes to ``super().__init__``), and attributes a base class only declares
(``model: str``) that its subclasses set — resolved when they all agree, a ``conflict`` binding when they do not."""

from __future__ import annotations

import ast

from rice_core.scan.python.args import argument
from rice_core.scan.python.scopes import Binding, Scope

DEFAULT_FACTORIES = frozenset({"Option", "Argument", "Field", "field"})  # typer, pydantic, dataclasses


def module_of(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


def factory_default(node: ast.Call) -> ast.expr | None:
    """``typer.Option("gpt-4o")``, ``Field(default="gpt-4o")``, ``field(default="gpt-4o")`` → the default."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in UI_INPUTS and isinstance(func, ast.Attribute):  # st.text_input("Model", "llama3.2")
        return _ui_default(node, name)
    if name not in DEFAULT_FACTORIES:
        return None
    found = argument(node, ("default",))
    if (
        found is None
        and name in ("Option", "Argument", "Field")
        and node.args
        and not isinstance(node.args[0], ast.Starred)
    ):
        first = node.args[0]
        found = None if isinstance(first, ast.Constant) and first.value is Ellipsis else first
    return found


# Streamlit / Gradio inputs: the value shown before the user acts is the default, as for an argparse option with
# ``choices``: a text input's ``value`` (or 2nd arg), a Gradio ``Dropdown``'s ``value``, and a select box's or
# radio's option at an explicit ``index=`` of a literal option list. Without ``index=`` a select box is a choice
# among several models at run time: no default is taken from it.
UI_INPUTS = frozenset({"text_input", "Textbox", "selectbox", "radio", "select_slider", "Dropdown", "Radio"})
_CHOICE_INPUTS = frozenset({"selectbox", "radio", "select_slider"})


def _ui_default(node: ast.Call, name: str) -> ast.expr | None:
    if name not in _CHOICE_INPUTS:
        return argument(node, ("value", 1))
    options = argument(node, ("options", 1))
    index = argument(node, ("index",))
    at = index.value if isinstance(index, ast.Constant) else None
    if not isinstance(options, (ast.List, ast.Tuple)) or not isinstance(at, int) or isinstance(at, bool):
        return None
    return options.elts[at] if 0 <= at < len(options.elts) else None


def _dest(call: ast.Call) -> str | None:
    explicit = argument(call, ("dest",))
    if isinstance(explicit, ast.Constant) and isinstance(explicit.value, str):
        return explicit.value
    names = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    longs = [n for n in names if n.startswith("--")] or [n for n in names if not n.startswith("-")] or names
    return longs[0].lstrip("-").replace("-", "_") if longs else None


def _is_parsed_args(value: ast.AST | None) -> bool:
    """``parser.parse_args()`` or ``parser.parse_known_args()[0]``."""
    if isinstance(value, ast.Subscript):
        value = value.value
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in ("parse_args", "parse_known_args", "parse_intermixed_args")
    )


def _returns_parsed_args(value: ast.AST | None, scope: Scope) -> bool:
    """``parse_args()`` where the local helper ``def parse_args(): ...; return p.parse_args()``."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)):
        return False
    found, where = None, scope  # type: Binding | None, Scope | None
    while found is None and where is not None:
        found = next((b for b in reversed(where.bindings.get(value.func.id, ())) if b.kind == "def"), None)
        where = where.parent
    helper = found.value if found is not None else None
    if not isinstance(helper, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    returns = [n.value for n in ast.walk(helper) if isinstance(n, ast.Return)]
    return any(_is_parsed_args(r) for r in returns)


def cli_default(node: ast.Attribute, binding: Binding | None) -> tuple[ast.expr, Scope] | None:
    """``args.model`` where ``args = parser.parse_args()`` (directly or returned by a local helper): the
    ``default=`` of the matching ``add_argument``."""
    if binding is None or binding.scope is None:
        return None
    if not (_is_parsed_args(binding.value) or _returns_parsed_args(binding.value, binding.scope)):
        return None
    for call, scope in module_of(binding.scope).calls or ():
        if isinstance(call.func, ast.Attribute) and call.func.attr == "add_argument" and _dest(call) == node.attr:
            default = argument(call, ("default",))
            return (default, scope) if default is not None else None
    return None


def super_init_argument(cls: Scope, found: Binding) -> Binding | None:
    """A base class sets ``self.x = x`` from its ``__init__`` parameter: what ``cls`` passes to ``super().__init__``."""
    slot = found.param
    if slot is None or slot.function != "__init__":
        return None
    for call, scope in module_of(cls).calls or ():
        func = call.func
        is_super = (
            isinstance(func, ast.Attribute)
            and func.attr == "__init__"
            and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name)
            and func.value.func.id == "super"
        )
        if not is_super or scope.class_scope is not cls:
            continue
        index = slot.index - 1 if slot.is_method else slot.index
        value = argument(call, (slot.name, index) if index >= 0 else (slot.name,))
        if value is not None:
            return Binding("assign", call.lineno, value, scope)
    return None


def base_classes(cls: Scope) -> list[Scope]:
    """Local base classes of a class scope, in declaration order."""
    parent = cls.parent
    if parent is None:
        return []
    definition = next((b.value for b in parent.bindings.get(cls.name, ()) if isinstance(b.value, ast.ClassDef)), None)
    out = []
    for base in definition.bases if definition is not None else ():
        if isinstance(base, ast.Name):
            found = next((b.scope for b in reversed(parent.bindings.get(base.id, ())) if b.kind == "class"), None)
            if found is None:  # ``from core.generator import BaseGenerator``: a base class in another module
                found = _imported_class(base, parent)
            if found is not None and found is not cls:
                out.append(found)
    return out


def _imported_class(base: ast.Name, module: Scope) -> Scope | None:
    from rice_core.scan.python.cross_module import defining_binding

    imported = next((b for b in module.bindings.get(base.id, ()) if b.kind in ("import", "relimport")), None)
    found = defining_binding(imported, module) if imported is not None else None
    return found.scope if found is not None and found.kind == "class" else None


def _own_value(cls: Scope, attr: str) -> Binding | None:
    """A value ``cls`` itself gives ``attr``: a class attribute, else ``self.attr = ...`` in one of its methods."""
    for binding in reversed(cls.bindings.get(attr, ())):
        if binding.kind == "assign" and binding.value is not None:
            return binding
    return next((b for b in cls.self_attrs.get(attr, ()) if b.kind == "assign" and b.value is not None), None)


def subclass_value(cls: Scope, attr: str, max_hops: int = 4) -> Binding | None:
    """What the module's subclasses of ``cls`` set ``attr`` to: their binding when all agree, a ``conflict``
    binding (``value``: a tuple of the different values) when they differ, None when none sets it."""
    module = module_of(cls)
    classes = [
        b.scope for group in module.bindings.values() for b in group if b.kind == "class" and b.scope is not None
    ]
    found: list[Binding] = []
    parents, seen = [cls], {id(cls)}
    for _ in range(max_hops):
        children = [c for c in classes if id(c) not in seen and any(base in parents for base in base_classes(c))]
        seen |= {id(c) for c in children}
        parents = []
        for child in children:
            value = _own_value(child, attr)
            if value is not None:
                found.append(value)
            else:
                parents.append(child)
        if not parents:
            break
    distinct = {ast.unparse(b.value): b for b in found if isinstance(b.value, ast.expr)}
    if len(distinct) > 1:
        values = [b.value for b in distinct.values() if isinstance(b.value, ast.expr)]
        return Binding("conflict", 0, ast.Tuple(values, ast.Load()))
    return next(iter(distinct.values()), None)
