"""Abstract evaluation of expressions to what they denote: an imported name, an SDK client/model instance,
a member path below an instance, a LangChain ``prompt | llm`` chain, ``self`` — or nothing known."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from rice_core.scan.python.callers import MAX_CALLER_DEPTH, caller_arguments, known_memo, memoized
from rice_core.scan.python.scopes import Binding, Scope
from rice_core.scan.python.sdk_table import SdkSpec, load_table

MAX_DEPTH = 12
# SDK modules a framework may inject as globals without an import in the file (Modal/Beam-style ``imports=[...]``,
# notebook-exported scripts): an unbound name spelled exactly like one of these packages is that package.
INJECTED_MODULES = frozenset({"openai", "anthropic", "litellm", "ollama", "cohere", "groq", "mistralai", "dspy"})


@dataclass(frozen=True)
class Qual:
    path: str  # "openai.OpenAI", "litellm.completion"


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
    origins: tuple[Origin, ...] = ()  # most specific first


@dataclass(frozen=True)
class Member:
    base: Inst | Chain
    path: tuple[str, ...]


@dataclass(frozen=True)
class Chain:
    llm: Inst
    prompt: ast.expr | None
    scope: Scope | None
    requests: int = 1  # LLM requests one run sends (a SequentialChain of three LLMChains: 3)
    requests_source: str = ""
    sdk: str = ""  # the framework running the chain, when not the LLM's own SDK ("crewai")
    agent: bool = False  # an agent loop (create_agent, create_react_agent, AgentExecutor): one request per step


@dataclass(frozen=True)
class Bound:
    """``functools.partial(target, *args, **keywords)``: calling it calls ``target`` with those arguments first."""

    target: Qual | Member
    call: ast.Call  # the ``partial(...)`` call
    scope: Scope
    inner: Bound | None = None  # ``partial(other_partial, ...)``: the partial it wraps


@dataclass(frozen=True)
class SelfRef:
    cls: Scope


@dataclass(frozen=True)
class LocalClass:
    cls: Scope


@dataclass(frozen=True)
class LocalFunction:
    node: ast.FunctionDef | ast.AsyncFunctionDef
    scope: Scope  # the function's own scope


Obj = Qual | Inst | Member | Chain | Bound | SelfRef | LocalClass | LocalFunction | None


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
                if len(before) > 1 and _none_binding(before[-1]):  # ``x = None`` in an ``except``: the other value
                    return next((b for b in reversed(before) if not _none_binding(b)), before[-1])
                return before[-1] if before else plain[0]
        current = current.parent
    return None


def _none_binding(binding: Binding) -> bool:
    return binding.kind == "assign" and isinstance(binding.value, ast.Constant) and binding.value.value is None


def self_attr(cls: Scope, attr: str, depth: int = 0) -> Binding | None:
    """``self.attr`` / ``Cls.attr``: set in a method (``__init__`` preferred), at class level, or by a local base
    class — then taking what this class passes to ``super().__init__`` for it."""
    from rice_core.scan.python.config_values import base_classes, super_init_argument

    found = [b for b in cls.self_attrs.get(attr, ()) if b.kind != "augadd"]
    if found:
        return found[0] if len(found) == 1 else _prefer_init(found)
    class_level = cls.bindings.get(attr)
    if class_level:  # a declaration alone (``model: str``) gives way to what the subclasses set
        last = class_level[-1]
        if _declared_only(last) or (isinstance(last.value, ast.Constant) and last.value.value is None):
            sub = _from_subclasses(cls, attr, depth) if _declared_only(last) else None
            return sub or _validator_value(cls, attr) or last  # ``client: Any = None`` set by a validator
        return last
    for base in base_classes(cls) if depth < 4 else ():
        inherited = self_attr(base, attr, depth + 1)
        if inherited is not None:
            source = _source_binding(inherited)
            overridden = super_init_argument(cls, source) if source is not None else None
            return overridden or inherited
    return _from_subclasses(cls, attr, depth) or _validator_value(cls, attr)


def _validator_value(cls: Scope, attr: str) -> Binding | None:
    """``values["client"] = session.client(...)`` in a pydantic validator of the class: what ``self.client`` is."""
    for bindings in cls.bindings.values():
        for b in bindings:
            if b.kind == "def" and b.scope is not None:
                for name in ("values", "data"):
                    found = next((v for k, v in b.scope.items.get(name, ()) if k == attr), None)
                    if found is not None:
                        return Binding("assign", b.line, found, b.scope)
    return None


def _declared_only(binding: Binding) -> bool:
    """``model: str`` in a class body: an annotation without a value."""
    return binding.kind == "param" and binding.value is None and binding.param is None


def _from_subclasses(cls: Scope, attr: str, depth: int) -> Binding | None:
    """``self.attr`` read in a base class that leaves it to its subclasses in this module (memoised per module)."""
    from rice_core.scan.python.config_values import module_of, subclass_value

    if depth:  # only for the class the expression is in, not for the bases walked above
        return None
    memo = module_of(cls).memo
    key = (id(cls), f"subclass:{attr}")
    if key not in memo:
        memo[key] = subclass_value(cls, attr)
    return memo[key]  # type: ignore[return-value]


def _source_binding(binding: Binding) -> Binding | None:
    """``self.model = model`` → the ``model`` parameter binding it copies (for base-class look-ups)."""
    if binding.kind == "param":
        return binding
    if binding.kind == "assign" and isinstance(binding.value, ast.Name) and binding.scope is not None:
        found = binding.scope.bindings.get(binding.value.id, [])
        return next((b for b in found if b.kind == "param"), None)
    return None


def _prefer_init(found: list[Binding]) -> Binding:
    """The value set in ``__init__``, else any other; a ``self.x = None`` placeholder only when nothing else is set
    (``self.session = None`` in ``__init__``, the live session opened in a method)."""
    valued = [b for b in found if b.value is not None and not _is_none(b.value)] or found
    for b in valued:
        if b.scope is not None and b.scope.name == "__init__" and b.value is not None:
            return b
    return next((b for b in valued if b.value is not None), found[0])


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def infer(node: ast.AST | None, scope: Scope, depth: int = 0) -> Obj:
    if node is None or depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Name):
        binding = lookup(node.id, scope, node.lineno - 1)
        if binding is None and node.id in INJECTED_MODULES:  # ``@app.function(imports=[openai])``: never imported here
            return Qual(node.id)
        if binding is not None and binding.kind in ("import", "relimport"):  # made in a repository module?
            from rice_core.scan.python.cross_module import imported

            found = imported(binding, scope, depth)
            if found is not None:
                return found
        return _infer_binding(binding, depth)
    if isinstance(node, ast.Attribute):
        found = _attribute(infer(node.value, scope, depth + 1), node.attr, depth)
        if isinstance(found, Qual) and isinstance(node.value, ast.Attribute):  # ``st.session_state.engine = ...``
            return _object_attribute(node, scope, depth) or found
        if isinstance(found, Qual) and isinstance(node.value, ast.Name):  # ``config.llm`` after ``import config``
            from rice_core.scan.python.cross_module import module_attribute

            return module_attribute(node, scope, depth) or found
        return found if found is not None else _object_attribute(node, scope, depth)
    if isinstance(node, ast.Call):
        from rice_core.scan.python.infer_calls import call_obj

        return call_obj(node, scope, depth)
    if isinstance(node, ast.Await):
        return infer(node.value, scope, depth + 1)
    if isinstance(node, ast.IfExp):  # OpenAI() if x else AzureOpenAI(...)
        return infer(node.body, scope, depth + 1) or infer(node.orelse, scope, depth + 1)
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):  # client or OpenAI()
        return next((found for v in node.values if (found := infer(v, scope, depth + 1)) is not None), None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        from rice_core.scan.python.infer_calls import pipe_obj

        return pipe_obj(node, scope, depth)
    if isinstance(node, ast.Subscript):  # Optional[OpenAI] / list[...] annotations
        if _is_optional(node):
            return infer(node.slice, scope, depth + 1)
        return _held_object(node, scope, depth)
    return None


def _object_attribute(node: ast.Attribute, scope: Scope, depth: int) -> Obj:
    """``state.model = OllamaLLM(...)`` anywhere in the module, read later as ``state.model``; ``app.state.llm`` set
    in a FastAPI lifespan, read in a route as ``request.app.state.llm``."""
    from rice_core.scan.python.scopes import dotted_names

    key = dotted_names(node)
    if not key:
        return None
    module = scope
    while module.parent is not None:
        module = module.parent
    found = module.bindings.get(key)
    if not found and key.startswith("request.app."):
        key = key[len("request.") :]
        found = module.bindings.get(key)
    if not found and key.startswith("app.state."):  # set where the app is built: ``main.py`` imports this router
        from rice_core.scan.python.cross_module import app_module_binding

        found = app_module_binding(key, scope)
    binding = found[-1] if found else None
    if binding is None or binding.scope is None:
        return None
    if binding.kind == "unpack":  # ``app.state.model, app.state.tok = load_model()``
        return _infer_binding(binding, depth + 1)
    return infer(binding.value, binding.scope, depth + 1)


def _held_object(node: ast.Subscript, scope: Scope, depth: int) -> Obj:
    """``st.session_state["chat"]``, set anywhere in the module with that string key (or as ``.chat``); an SDK object
    stored in a module dict by a run-time key (``sessions[user] = chain``)."""
    from rice_core.scan.python.scopes import subscript_key

    key = subscript_key(node)
    module = scope
    while module.parent is not None:
        module = module.parent
    found = module.bindings.get(key) if key else None
    if not found and isinstance(node.value, ast.Name) and not _constant_key(node):
        # ``sessions[session_id]`` after ``sessions[session_id] = ConversationChain(...)``: the object kept by run-time key
        kept = [
            infer(b.value, b.scope, depth + 1) for b in module.bindings.get(f"{node.value.id}[]", ())[:4] if b.scope
        ]
        objects = [k for k in kept if isinstance(k, (Inst, Chain))]
        return objects[-1] if objects and len(objects) == len(kept) else None
    binding = found[-1] if found else None
    return infer(binding.value, binding.scope, depth + 1) if binding is not None and binding.scope is not None else None


def _constant_key(node: ast.Subscript) -> bool:
    return isinstance(node.slice, ast.Constant)


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
    if (
        binding.kind == "def"
        and binding.scope is not None
        and isinstance(binding.value, (ast.FunctionDef, ast.AsyncFunctionDef))
    ):
        return LocalFunction(binding.value, binding.scope)
    if binding.scope is None:
        return None
    if binding.kind in ("assign", "with"):
        return infer(binding.value, binding.scope, depth + 1)
    if binding.kind == "unpack" and isinstance(binding.value, ast.Call):  # ``model, tokenizer = mlx_lm.load(...)``
        from rice_core.scan.python.infer_calls import returned_element

        found = infer(binding.value, binding.scope, depth + 1) if binding.qualname == "0" else None
        if isinstance(found, Inst):
            return found
        return returned_element(binding.value, binding.scope, int(binding.qualname), depth)  # a local helper
    if binding.kind == "param":
        found = infer(binding.value, binding.scope, depth + 1) if binding.value is not None else None
        if found is None and binding.annotation is not None:
            found = _annotated(binding.annotation, binding.scope, depth)
        if found is None and binding.param is not None and depth <= MAX_CALLER_DEPTH:  # run(OpenAI()) here
            return memoized(binding.param, "infer", lambda: _from_callers(binding, depth))  # type: ignore[no-any-return]
        if found is None and binding.param is not None:  # deep in a chain: what a shallower look-up found
            return known_memo(binding.param, "infer")  # type: ignore[no-any-return]
        return found
    return None


def _from_callers(binding: Binding, depth: int) -> Obj:
    callers = caller_arguments(binding.param)  # type: ignore[arg-type]
    if not callers:  # ``Advisor(make_llm())`` in main.py, the module importing this one (project_callers.py)
        from rice_core.scan.python.project_callers import importer_arguments

        callers = importer_arguments(binding.param, binding.scope)  # type: ignore[arg-type]
    for arg, scope in callers:
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
