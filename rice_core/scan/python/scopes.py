"""One pass over a module: scopes, name bindings, imports, ``self.x`` attributes and every call with its scope.

Nothing is executed or imported; bindings keep the AST of the bound value so later passes resolve lazily.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from rice_core.scan.python.cli_options import decorator_defaults

_FUNC = (ast.FunctionDef, ast.AsyncFunctionDef)
_LEAVES = frozenset({ast.Name, ast.Constant, ast.Load, ast.Store, ast.Del})


@dataclass(frozen=True)
class Binding:
    kind: str  # assign|augadd|import|param|self|with|loop|def|class|unknown
    line: int
    value: ast.AST | None = None  # assigned value, param default, with-context, loop iterable
    scope: Scope | None = None  # where ``value`` is evaluated
    qualname: str = ""  # import target ("openai.OpenAI")
    annotation: ast.expr | None = None
    param: ParamSlot | None = None  # parameters: which function and position, to look at the callers


@dataclass(frozen=True)
class ParamSlot:
    function: str  # the function's name as callers write it
    name: str
    index: int  # positional index (None-like -1 for keyword-only)
    is_method: bool  # callers via ``obj.f(...)`` skip ``self``
    module: Scope  # the module scope, whose ``calls`` list holds the callers


@dataclass(eq=False)
class Scope:
    kind: str  # module|class|function
    name: str
    parent: Scope | None
    qualname: str | None = None
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    self_attrs: dict[str, list[Binding]] = field(default_factory=dict)  # class scopes: self.<name> = ...
    appends: dict[str, list[tuple[int, ast.expr]]] = field(default_factory=dict)  # name.append(x) / extend
    items: dict[str, list[tuple[str, ast.expr]]] = field(default_factory=dict)  # name["key"] = value
    class_scope: Scope | None = None  # methods: the class they belong to
    calls: list[tuple[ast.Call, Scope]] | None = None  # module scope only: every call, for caller look-ups
    memo: dict[tuple[int, str], object] = field(default_factory=dict)  # module scope: caller-inference results
    file: object = None  # module scope: the FileContext of the analysed file (cross-module constants)

    def bind(self, name: str, binding: Binding) -> None:
        self.bindings.setdefault(name, []).append(binding)


@dataclass
class ModuleInfo:
    module: Scope
    calls: list[tuple[ast.Call, Scope]] = field(default_factory=list)
    imported: set[str] = field(default_factory=set)  # top-level packages and full module paths imported
    classes: dict[str, Scope] = field(default_factory=dict)
    sdk_imported: dict[int, bool] = field(default_factory=dict)  # memo for receiver-agnostic matching
    decorators: set[int] = field(default_factory=set)  # ids of decorator calls: ``@app.post("/api/chat")`` is a route


def _child_qualname(parent: Scope, name: str) -> str:
    if parent.qualname:
        return f"{parent.qualname}.{name}"
    return name


def _import_bindings(node: ast.Import | ast.ImportFrom, scope: Scope, info: ModuleInfo) -> None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            info.imported.add(alias.name)
            if alias.asname:
                scope.bind(alias.asname, Binding("import", node.lineno, qualname=alias.name))
            else:
                top = alias.name.split(".")[0]
                scope.bind(top, Binding("import", node.lineno, qualname=top))
        return
    if node.level:  # relative imports are local code: only their constants are followed (py_modules)
        for alias in node.names:
            target = "." * node.level + (f"{node.module}." if node.module else "") + alias.name
            if alias.name == "*":  # ``from .config import *``: names with no binding may come from it (values.py)
                scope.bind("*", Binding("relimport", node.lineno, qualname="." * node.level + (node.module or "")))
            else:
                scope.bind(alias.asname or alias.name, Binding("relimport", node.lineno, qualname=target))
        return
    module = node.module or ""
    info.imported.add(module)
    for alias in node.names:
        if alias.name != "*":
            scope.bind(alias.asname or alias.name, Binding("import", node.lineno, qualname=f"{module}.{alias.name}"))
        else:  # ``from config import *``
            scope.bind("*", Binding("import", node.lineno, qualname=module))


def _bind_target(target: ast.expr, value: ast.AST | None, line: int, scope: Scope, kind: str = "assign") -> None:
    if isinstance(target, ast.Name) and _own_class(value, scope):  # ``cls = self.__class__``: another ``self``
        scope.bind(target.id, Binding("self", line, None, scope.class_scope))
    elif isinstance(target, ast.Name):
        scope.bind(target.id, Binding(kind, line, value, scope))
    elif isinstance(target, (ast.Tuple, ast.List)):
        values = (
            value.elts if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) else None
        )
        for i, elt in enumerate(target.elts):
            if values is None and isinstance(value, ast.Call) and isinstance(elt, ast.Name):  # model, tok = load(..)
                scope.bind(elt.id, Binding("unpack", line, value, scope, qualname=str(i)))
                continue
            if values is None and isinstance(value, ast.Call) and isinstance(elt, ast.Attribute) and dotted_names(elt):
                # ``app.state.model, app.state.tok = load_model()``: read later as ``app.state.model``
                _module_scope(scope).bind(dotted_names(elt), Binding("unpack", line, value, scope, qualname=str(i)))
                continue
            _bind_target(elt, values[i] if values else None, line, scope, kind if values else "unknown")
    elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
        owner = scope.class_scope
        if owner is not None and _is_self(target.value.id, scope):
            owner.self_attrs.setdefault(target.attr, []).append(Binding(kind, line, value, scope))
        elif kind == "assign":  # ``Settings.llm = OpenAI(...)``: a global a framework reads (dotted key, module scope)
            _module_scope(scope).bind(f"{target.value.id}.{target.attr}", Binding(kind, line, value, scope))
    elif (
        isinstance(target, ast.Attribute) and kind == "assign" and dotted_names(target) and not _on_self(target, scope)
    ):
        # ``app.state.llm = AutoModelForCausalLM.from_pretrained(...)`` in a FastAPI lifespan: read as app.state.llm
        _module_scope(scope).bind(dotted_names(target), Binding(kind, line, value, scope))
    elif isinstance(target, ast.Starred):
        _bind_target(target.value, None, line, scope, "unknown")
    elif isinstance(target, ast.Subscript) and kind == "assign" and subscript_key(target):
        # ``st.session_state["chat"] = model.start_chat()``: read later as ``st.session_state["chat"]`` (or ``.chat``)
        _module_scope(scope).bind(subscript_key(target), Binding(kind, line, value, scope))
    elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and isinstance(value, ast.expr):
        key = target.slice  # ``body["model"] = MODEL``: a request body built item by item
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            scope.items.setdefault(target.value.id, []).append((key.value, value))
        elif kind == "assign" and isinstance(value, ast.Call):
            # ``sessions[session_id] = ConversationChain(llm=llm)``: a per-user object read back as ``sessions[k]``
            _module_scope(scope).bind(f"{target.value.id}[]", Binding(kind, line, value, scope))


def _own_class(value: ast.AST | None, scope: Scope) -> bool:
    """``self.__class__`` or ``type(self)`` inside a method."""
    if isinstance(value, ast.Attribute) and value.attr == "__class__" and isinstance(value.value, ast.Name):
        return scope.class_scope is not None and _is_self(value.value.id, scope)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "type" and value.args:
        first = value.args[0]
        return isinstance(first, ast.Name) and scope.class_scope is not None and _is_self(first.id, scope)
    return False


def subscript_key(node: ast.Subscript) -> str:
    """``st.session_state["chat"]`` → "st.session_state.chat" (a string key on an attribute holder); "" otherwise."""
    key = node.slice
    if not (isinstance(node.value, ast.Attribute) and isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return ""
    holder = dotted_names(node.value)
    return f"{holder}.{key.value}" if holder and key.value.isidentifier() else ""


def _on_self(target: ast.Attribute, scope: Scope) -> bool:
    """``self.a.b = ...``: an attribute of an instance, not a module-level object (kept out of the dotted keys)."""
    root = dotted_names(target).split(".", 1)[0]
    return _is_self(root, scope)


def dotted_names(node: ast.expr) -> str:
    """``app.state.llm`` → "app.state.llm" (names and attributes only, at most four parts); "" otherwise."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute) and len(parts) < 4:
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) and len(parts) < 4 else ""


def _module_scope(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


def _is_self(name: str, scope: Scope) -> bool:
    return any(b.kind == "self" for b in scope.bindings.get(name, ()))


def _params(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, scope: Scope, is_method: bool) -> None:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
    module = scope
    while module.parent is not None:
        module = module.parent
    name = getattr(node, "name", "")
    option_defaults = decorator_defaults(node)
    for i, (arg, default) in enumerate(pairs):
        kind = "self" if is_method and i == 0 else "param"
        default = default if default is not None else option_defaults.get(arg.arg)
        slot = ParamSlot(name, arg.arg, i if i < len(positional) else -1, is_method, module)
        scope.bind(arg.arg, Binding(kind, node.lineno, default, scope.parent, annotation=arg.annotation, param=slot))
    for extra in (args.vararg, args.kwarg):
        if extra is not None:
            scope.bind(extra.arg, Binding("unknown", node.lineno, None, scope))


class _Collector:
    def __init__(self, info: ModuleInfo) -> None:
        self.info = info

    def body(self, stmts: list[ast.stmt], scope: Scope) -> None:
        for stmt in stmts:
            self.stmt(stmt, scope)

    def stmt(self, node: ast.stmt, scope: Scope) -> None:
        if isinstance(node, _FUNC):
            self.function(node, scope)
        elif isinstance(node, ast.ClassDef):
            self.klass(node, scope)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            _import_bindings(node, scope, self.info)
        else:
            self.simple(node, scope)

    def function(self, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> None:
        self.info.decorators.update(id(d) for d in node.decorator_list if isinstance(d, ast.Call))
        for expr in [*node.decorator_list, *node.args.defaults, *(d for d in node.args.kw_defaults if d)]:
            self.exprs(expr, scope)
        is_method = scope.kind == "class" and not any(
            isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list
        )
        inner = Scope("function", node.name, scope, _child_qualname(scope, node.name))
        scope.bind(node.name, Binding("def", node.lineno, node, inner))  # scope: the function's own scope
        inner.class_scope = scope if is_method else scope.class_scope if scope.kind == "function" else None
        _params(node, inner, is_method)
        self.body(node.body, inner)

    def klass(self, node: ast.ClassDef, scope: Scope) -> None:
        for expr in [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]:
            self.exprs(expr, scope)
        inner = Scope("class", node.name, scope, _child_qualname(scope, node.name))
        scope.bind(node.name, Binding("class", node.lineno, node, inner))
        self.info.classes.setdefault(node.name, inner)
        self.body(node.body, inner)

    def simple(self, node: ast.stmt, scope: Scope) -> None:
        line = node.lineno
        if isinstance(node, ast.Assign):
            for target in node.targets:
                _bind_target(target, node.value, line, scope)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            _bind_target(node.target, node.value, line, scope)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):  # `client: OpenAI`
            scope.bind(node.target.id, Binding("param", line, None, scope, annotation=node.annotation))
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            _bind_target(node.target, node.value, line, scope, "augadd")
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            _bind_target(node.target, node.iter, line, scope, "loop")
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    _bind_target(item.optional_vars, item.context_expr, line, scope, "with")
        elif isinstance(node, ast.Expr):
            self._append(node.value, scope)
        for _name, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                self.body(value, scope)
            elif isinstance(value, list):
                for item in value:
                    self.nested(item, scope)
            elif isinstance(value, ast.AST):
                self.exprs(value, scope)

    def nested(self, item: object, scope: Scope) -> None:
        if isinstance(item, (ast.ExceptHandler, ast.match_case)):
            if isinstance(item, ast.ExceptHandler) and item.name:
                scope.bind(item.name, Binding("unknown", item.lineno))
            self.body(item.body, scope)
            for sub in (getattr(item, "type", None), getattr(item, "guard", None)):
                if sub is not None:
                    self.exprs(sub, scope)
        elif isinstance(item, ast.AST):
            self.exprs(item, scope)

    def _append(self, expr: ast.expr, scope: Scope) -> None:
        if (  # body.update({"model": ...}): items of a request body built step by step
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "update"
            and isinstance(expr.func.value, ast.Name)
            and len(expr.args) == 1
            and isinstance(expr.args[0], ast.Dict)
        ):
            pairs = zip(expr.args[0].keys, expr.args[0].values)
            added = [(k.value, v) for k, v in pairs if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            scope.items.setdefault(expr.func.value.id, []).extend(added)
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr in ("append", "extend", "insert")
            and isinstance(expr.func.value, ast.Name)
            and expr.args
        ):
            scope.appends.setdefault(expr.func.value.id, []).append((expr.lineno, expr.args[-1]))

    def exprs(self, node: ast.AST, scope: Scope) -> None:
        """Every call (and walrus binding) inside an expression; iterative, faster than ``ast.walk``."""
        calls = self.info.calls
        stack = [node]
        while stack:
            sub = stack.pop()
            kind = type(sub)
            if kind is ast.Call:
                calls.append((sub, scope))  # type: ignore[arg-type]
            elif kind is ast.NamedExpr:
                _bind_target(sub.target, sub.value, sub.lineno, scope)  # type: ignore[attr-defined]
            elif kind in _LEAVES:
                continue
            for name in sub._fields:
                value = getattr(sub, name, None)
                if isinstance(value, list):
                    stack.extend(v for v in value if isinstance(v, ast.AST))
                elif isinstance(value, ast.AST):
                    stack.append(value)


def collect(tree: ast.Module) -> ModuleInfo:
    """Scopes, bindings and calls of a parsed module (raises RecursionError on pathological nesting)."""
    module = Scope("module", "", None, None)
    info = ModuleInfo(module)
    module.calls = info.calls
    _Collector(info).body(tree.body, module)
    return info
