"""Abstract evaluation of expressions to what they denote: an imported name, an SDK client/model instance,
a member path below an instance, a LangChain ``prompt | llm`` chain, ``self`` — or nothing known."""
from __future__ import annotations

import ast
from dataclasses import dataclass

from rice_core.scan.py_args import argument
from rice_core.scan.py_callers import MAX_CALLER_DEPTH, caller_arguments, memoized
from rice_core.scan.py_scopes import Binding, Scope
from rice_core.scan.sdk_table import ChainSpec, SdkSpec, load_table

MAX_DEPTH = 12


@dataclass(frozen=True)
class Qual:
    path: str                                  # "openai.OpenAI", "litellm.completion"


@dataclass(frozen=True)
class Origin:
    """A call that fixed settings on an instance (constructor, factory, ``chats.create``) and how to read its model."""

    call: ast.Call
    scope: Scope
    model_args: tuple[str | int, ...]


@dataclass(frozen=True)
class Inst:
    spec: SdkSpec
    cls: str
    origins: tuple[Origin, ...] = ()           # most specific first


@dataclass(frozen=True)
class Member:
    base: Inst | Chain
    path: tuple[str, ...]


@dataclass(frozen=True)
class Chain:
    llm: Inst
    prompt: ast.expr | None
    scope: Scope | None


@dataclass(frozen=True)
class SelfRef:
    cls: Scope


@dataclass(frozen=True)
class LocalClass:
    cls: Scope


@dataclass(frozen=True)
class LocalFunction:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    scope: Scope                               # the function's own scope


Obj = Qual | Inst | Member | Chain | SelfRef | LocalClass | LocalFunction | None


def lookup(name: str, scope: Scope, line: int) -> Binding | None:
    """The binding of ``name`` visible at ``line`` in ``scope`` (Python's LEGB minus class scopes of enclosing)."""
    current: Scope | None = scope
    while current is not None:
        if current.kind == "class" and current is not scope:
            current = current.parent
            continue
        found = current.bindings.get(name)
        if found:
            plain = [b for b in found if b.kind != "augadd"]
            if plain:
                before = [b for b in plain if b.line <= line]
                return before[-1] if before else plain[0]
        current = current.parent
    return None


def self_attr(cls: Scope, attr: str, depth: int = 0) -> Binding | None:
    """``self.attr`` / ``Cls.attr``: set in a method (``__init__`` preferred), at class level, or by a local base
    class — then taking what this class passes to ``super().__init__`` for it."""
    from rice_core.scan.py_config_values import base_classes, super_init_argument

    found = [b for b in cls.self_attrs.get(attr, ()) if b.kind != "augadd"]
    if found:
        return found[0] if len(found) == 1 else _prefer_init(found)
    class_level = cls.bindings.get(attr)
    if class_level:
        return class_level[-1]
    for base in base_classes(cls) if depth < 4 else ():
        inherited = self_attr(base, attr, depth + 1)
        if inherited is not None:
            source = _source_binding(inherited)
            overridden = super_init_argument(cls, source) if source is not None else None
            return overridden or inherited
    return None


def _source_binding(binding: Binding) -> Binding | None:
    """``self.model = model`` → the ``model`` parameter binding it copies (for base-class look-ups)."""
    if binding.kind == "param":
        return binding
    if binding.kind == "assign" and isinstance(binding.value, ast.Name) and binding.scope is not None:
        found = binding.scope.bindings.get(binding.value.id, [])
        return next((b for b in found if b.kind == "param"), None)
    return None


def _prefer_init(found: list[Binding]) -> Binding:
    for b in found:
        if b.scope is not None and b.scope.name == "__init__" and b.value is not None:
            return b
    return next((b for b in found if b.value is not None), found[0])


def infer(node: ast.AST | None, scope: Scope, depth: int = 0) -> Obj:
    if node is None or depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Name):
        return _infer_binding(lookup(node.id, scope, node.lineno - 1), depth)
    if isinstance(node, ast.Attribute):
        return _attribute(infer(node.value, scope, depth + 1), node.attr, depth)
    if isinstance(node, ast.Call):
        return _call(node, scope, depth)
    if isinstance(node, ast.Await):
        return infer(node.value, scope, depth + 1)
    if isinstance(node, ast.IfExp):  # OpenAI() if x else AzureOpenAI(...)
        return infer(node.body, scope, depth + 1) or infer(node.orelse, scope, depth + 1)
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):  # client or OpenAI()
        return next((found for v in node.values if (found := infer(v, scope, depth + 1)) is not None), None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _pipe(node, scope, depth)
    if isinstance(node, ast.Subscript):   # Optional[OpenAI] / list[...] annotations
        return infer(node.slice, scope, depth + 1) if _is_optional(node) else None
    return None


def _is_optional(node: ast.Subscript) -> bool:
    value = node.value
    name = value.attr if isinstance(value, ast.Attribute) else value.id if isinstance(value, ast.Name) else ""
    return name in ("Optional", "Annotated")


def _infer_binding(binding: Binding | None, depth: int) -> Obj:
    if binding is None:
        return None
    if binding.kind == "import":
        return Qual(binding.qualname)
    if binding.kind == "self":
        return SelfRef(binding.scope) if binding.scope is not None and binding.scope.kind == "class" else None
    if binding.kind == "class" and binding.scope is not None:
        return LocalClass(binding.scope)
    if binding.kind == "def" and binding.scope is not None and isinstance(binding.value, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return LocalFunction(binding.value, binding.scope)
    if binding.scope is None:
        return None
    if binding.kind in ("assign", "with"):
        return infer(binding.value, binding.scope, depth + 1)
    if binding.kind == "param":
        found = infer(binding.value, binding.scope, depth + 1) if binding.value is not None else None
        if found is None and binding.annotation is not None:
            found = _annotated(binding.annotation, binding.scope, depth)
        if found is None and binding.param is not None and depth <= MAX_CALLER_DEPTH:  # run(OpenAI()) here
            return memoized(binding.param, "infer", lambda: _from_callers(binding, depth))  # type: ignore[no-any-return]
        return found
    return None


def _from_callers(binding: Binding, depth: int) -> Obj:
    for arg, scope in caller_arguments(binding.param):  # type: ignore[arg-type]
        found = infer(arg, scope, depth + 1)
        if isinstance(found, (Inst, Chain)):
            return found
    return None


def _annotated(annotation: ast.expr, scope: Scope, depth: int) -> Obj:
    """The SDK instance (or local class) a parameter or attribute annotation names."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):  # OpenAI | None
        return _annotated(annotation.left, scope, depth + 1) or _annotated(annotation.right, scope, depth + 1)
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str) and len(annotation.value) < 200:
        try:  # a string annotation: "OpenAI", "AsyncOpenAI | None"
            return _annotated(ast.parse(annotation.value, mode="eval").body, scope, depth + 1)
        except SyntaxError:
            return None
    target = infer(annotation, scope, depth + 1)
    if isinstance(target, Qual):
        spec = load_table().class_spec(target.path)
        if spec is not None:
            return Inst(spec, target.path.rpartition(".")[2])
    return target if isinstance(target, (Inst, LocalClass)) else None


def _attribute(base: Obj, attr: str, depth: int) -> Obj:
    if isinstance(base, Qual):
        return Qual(f"{base.path}.{attr}")
    if isinstance(base, (Inst, Chain)):
        return Member(base, (attr,))
    if isinstance(base, Member):
        return Member(base.base, (*base.path, attr))
    if isinstance(base, SelfRef):
        binding = self_attr(base.cls, attr)
        return _infer_binding(binding, depth + 1) if binding is not None else None
    if isinstance(base, LocalClass):
        binding = self_attr(base.cls, attr)
        return _infer_binding(binding, depth + 1) if binding is not None else None
    return None


def _call(node: ast.Call, scope: Scope, depth: int) -> Obj:
    table = load_table()
    if isinstance(node.func, ast.Attribute) and node.func.attr == "pipe" and node.args:  # prompt.pipe(llm)
        return _sequence([node.func.value, *node.args], scope, depth)
    if isinstance(node.func, ast.Name) and node.func.id == "RunnableSequence" and node.args:
        return _sequence(list(node.args), scope, depth)
    func = infer(node.func, scope, depth + 1)
    if isinstance(func, Qual):
        return _construct(func.path, node, scope, depth)
    if isinstance(func, Member):
        method = func.path[-1]
        if method in table.passthrough_methods:
            return func.base if len(func.path) == 1 else Member(func.base, func.path[:-1])
        if isinstance(func.base, Inst):
            pattern = func.base.spec.methods.get(".".join(func.path))
            if pattern is not None and pattern.derive and pattern.cls:
                spec = table.spec_by_class(func.base.spec.sdk, pattern.cls) or func.base.spec
                return Inst(spec, pattern.cls, (Origin(node, scope, ("model",)), *func.base.origins))
    if isinstance(func, LocalClass):  # Settings() → attribute lookups go to the class body and self.x
        return _sdk_subclass(func, node, scope, depth) or func
    if isinstance(func, LocalFunction):  # get_client() → what the factory returns
        return _returned(func, depth)
    return None


def _returned(func: LocalFunction, depth: int) -> Obj:
    """The first SDK object a local function returns (``def get_llm(): return ChatOpenAI(...)``)."""
    stack: list[ast.stmt] = list(func.node.body)
    while stack:
        stmt = stack.pop(0)
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            found = infer(stmt.value, func.scope, depth + 1)
            if isinstance(found, (Inst, Chain)):
                return found
        elif not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in ("body", "orelse", "finalbody", "handlers"):
                stack.extend(s for s in getattr(stmt, name, ()) if isinstance(s, ast.stmt))
            for handler in getattr(stmt, "handlers", ()):
                stack.extend(handler.body)
    return None


def _sdk_subclass(cls: LocalClass, node: ast.Call, scope: Scope, depth: int) -> Inst | None:
    """``class MyClient(OpenAI)``: an instance of a local subclass of an SDK client is that SDK's client."""
    binding = cls.cls.parent.bindings.get(cls.cls.name, []) if cls.cls.parent is not None else []
    definition = next((b.value for b in binding if b.kind == "class" and isinstance(b.value, ast.ClassDef)), None)
    for base in definition.bases if definition is not None else ():
        found = infer(base, cls.cls.parent, depth + 1) if cls.cls.parent is not None else None
        spec = load_table().class_spec(found.path) if isinstance(found, Qual) else None
        if spec is not None:
            return Inst(spec, found.path.rpartition(".")[2], (Origin(node, scope, spec.ctor_model),))  # type: ignore[union-attr]
    return None


def _construct(path: str, node: ast.Call, scope: Scope, depth: int) -> Obj:
    table = load_table()
    if path in table.passthrough_functions and node.args:
        return infer(node.args[0], scope, depth + 1)
    name = path.rpartition(".")[2]
    chain = table.chain_for(path)
    if chain is not None:
        return _chain(chain, node, scope, depth)
    spec = table.sdk_for_module(path)
    if spec is None:
        return None
    relative = path[len(_package_of(spec, path)) + 1 :]
    factory = spec.factory(relative)
    if factory is not None:
        if factory.tasks and not _task_matches(node, factory.task, factory.tasks, scope, factory.strict):
            return None
        target = table.spec_by_class(spec.sdk, factory.cls) or spec
        return Inst(target, factory.cls, (Origin(node, scope, factory.model),))
    owner = table.class_spec(path)
    if owner is not None:
        return Inst(owner, name, (Origin(node, scope, owner.ctor_model),))
    return None


def _chain(chain: ChainSpec, node: ast.Call, scope: Scope, depth: int) -> Chain | None:
    """A chain or agent built around a chat model (or around an inner chain, or a model name string)."""
    llm_expr = argument(node, chain.llm)
    prompt = argument(node, chain.prompt) if chain.prompt else None
    inner = infer(llm_expr, scope, depth + 1)
    if isinstance(inner, Chain):
        return Chain(inner.llm, prompt or inner.prompt, scope if prompt is not None else inner.scope)
    if isinstance(inner, Inst):
        return Chain(inner, prompt, scope)
    if isinstance(llm_expr, (ast.Constant, ast.Name, ast.Attribute, ast.JoinedStr)):  # a model name
        spec = next((s for s in load_table().sdks if s.chat_model), None)
        if spec is not None:
            return Chain(Inst(spec, "ChatModel", (Origin(node, scope, chain.llm),)), prompt, scope)
    return None


def _package_of(spec: SdkSpec, path: str) -> str:
    return max((p for p in spec.packages if path == p or path.startswith(p + ".")), key=len)


def _task_matches(node: ast.Call, task_args: tuple[str | int, ...], tasks: tuple[str, ...], scope: Scope,
                  strict: bool = False) -> bool:
    """Whether a factory's task argument (``pipeline("text-generation")``) is one of ``tasks``; an unknown
    task passes unless ``strict``."""
    from rice_core.scan.py_values import resolve_str

    expr = argument(node, task_args)
    value = resolve_str(expr, scope).value if expr is not None else None
    return value in tasks if strict or value is not None else True


def _sequence(steps: list[ast.expr], scope: Scope, depth: int) -> Obj:
    """``prompt.pipe(llm, parser)`` / ``RunnableSequence(prompt, llm)``: a chain around the first chat model."""
    for index, step in enumerate(steps):
        found = infer(step, scope, depth + 1)
        if isinstance(found, Inst) and found.spec.chat_model:
            return Chain(found, steps[0] if index else None, scope)
        if isinstance(found, Chain):
            return found
    return None


def _pipe(node: ast.BinOp, scope: Scope, depth: int) -> Obj:
    right = infer(node.right, scope, depth + 1)
    left = infer(node.left, scope, depth + 1)
    if isinstance(right, Inst) and right.spec.chat_model:
        return Chain(right, node.left, scope)
    if isinstance(left, Chain):
        return left
    if isinstance(right, Chain):
        return right
    return None
