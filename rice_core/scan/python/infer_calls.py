"""What a call or a ``|`` pipe evaluates to: SDK clients and chat models from constructors and factories, derived
sessions, LangChain chains and agents, local factories' return values, local subclasses of SDK clients."""

from __future__ import annotations

import ast

from rice_core.scan.python.args import argument
from rice_core.scan.python.engines import ENGINE_METHODS, crew_obj, engine_from_constructor, engine_obj, task_obj
from rice_core.scan.python.infer import (
    Bound,
    Chain,
    Inst,
    LocalClass,
    LocalFunction,
    Member,
    Obj,
    Origin,
    Qual,
    infer,
)
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.sdk_table import ChainSpec, SdkSpec, load_table

PARTIAL_PATHS = frozenset({"functools.partial"})


def call_obj(node: ast.Call, scope: Scope, depth: int) -> Obj:
    table = load_table()
    if isinstance(node.func, ast.Attribute) and node.func.attr == "pipe" and node.args:  # prompt.pipe(llm)
        return _sequence([node.func.value, *node.args], scope, depth)
    if isinstance(node.func, ast.Name) and node.func.id == "RunnableSequence" and node.args:
        return _sequence(list(node.args), scope, depth)
    if isinstance(node.func, ast.Attribute) and node.func.attr in ENGINE_METHODS:  # index.as_query_engine(...)
        return engine_obj(node, scope, depth)
    if isinstance(node.func, ast.Attribute) and node.func.attr == "get" and node.args:  # cl.user_session.get("chain")
        from rice_core.scan.python.stores import stored_object

        stored = stored_object(node, scope, depth)
        if stored is not None:
            return stored
    func = infer(node.func, scope, depth + 1)
    if isinstance(func, Qual) and func.path in PARTIAL_PATHS:
        target = infer(node.args[0], scope, depth + 1) if node.args else None
        if isinstance(target, Bound):
            return Bound(target.target, node, scope, target)
        return Bound(target, node, scope) if isinstance(target, (Qual, Member)) else None
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
        from rice_core.scan.python.cross_module import with_arguments

        return with_arguments(_returned(func, depth), func, node, scope)
    return None


def _returned(func: LocalFunction, depth: int) -> Obj:
    """The first SDK object a local function returns (``def get_llm(): return ChatOpenAI(...)``)."""
    stack: list[ast.stmt] = list(func.node.body)
    while stack:
        stmt = stack.pop(0)
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            found = infer(stmt.value, func.scope, depth + 1)
            if isinstance(found, (Inst, Chain)) or _sdk_module(found):
                return found
        elif not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name in ("body", "orelse", "finalbody", "handlers"):
                stack.extend(s for s in getattr(stmt, name, ()) if isinstance(s, ast.stmt))
            for handler in getattr(stmt, "handlers", ()):
                stack.extend(handler.body)
    return _returns_annotation(func, depth)


def _returns_annotation(func: LocalFunction, depth: int) -> Obj:
    """``async def pick_client(...) -> ollama.AsyncClient``: a helper that picks a client from a pool says what it
    returns only in its annotation."""
    if func.node.returns is None:
        return None
    from rice_core.scan.python.infer import _annotated

    found = _annotated(func.node.returns, func.scope, depth + 1)
    return found if isinstance(found, Inst) else None


def _sdk_module(found: Obj) -> bool:
    """``return genai`` after ``genai.configure(...)``: a factory handing out the SDK module itself."""
    return isinstance(found, Qual) and any(found.path in spec.packages for spec in load_table().sdks)


def returned_element(call: ast.Call, scope: Scope, index: int, depth: int) -> Obj:
    """Element ``index`` of the tuple a local function returns: ``tok, model = load(name)`` with
    ``def load(name): ...; return tokenizer, model``."""
    func = infer(call.func, scope, depth + 1)
    if not isinstance(func, LocalFunction):
        return None
    for stmt in ast.walk(func.node):
        if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Tuple) and len(stmt.value.elts) > index:
            found = infer(stmt.value.elts[index], func.scope, depth + 1)
            if isinstance(found, (Inst, Chain)):
                return found
    return None


def _sdk_subclass(cls: LocalClass, node: ast.Call, scope: Scope, depth: int) -> Inst | None:
    """``class MyClient(OpenAI)``: an instance of a local subclass of an SDK client is that SDK's client."""
    binding = cls.cls.parent.bindings.get(cls.cls.name, []) if cls.cls.parent is not None else []
    from rice_core.scan.python.fakes import canned_llm

    definition = next((b.value for b in binding if b.kind == "class" and isinstance(b.value, ast.ClassDef)), None)
    if definition is not None and canned_llm(definition):  # class DummyLLM(LLM) returning canned text
        return None
    for base in definition.bases if definition is not None else ():
        found = infer(base, cls.cls.parent, depth + 1) if cls.cls.parent is not None else None
        spec = load_table().class_spec(found.path) if isinstance(found, Qual) else None
        if spec is not None:
            return Inst(spec, found.path.rpartition(".")[2], (Origin(node, scope, spec.ctor_model),))  # type: ignore[union-attr]
    return None


_SESSIONS = frozenset({"boto3.Session", "boto3.session.Session", "aioboto3.Session"})  # .client() as the module's


def _construct(path: str, node: ast.Call, scope: Scope, depth: int) -> Obj:
    table = load_table()
    if path in _SESSIONS:  # session.client("bedrock-runtime") is boto3.client("bedrock-runtime")
        return Qual(path.split(".")[0])
    if path in table.passthrough_functions and node.args:
        first = node.args[0]
        if isinstance(first, ast.Name):  # ``model = PeftModel.from_pretrained(\n    model, ...)``: the earlier model
            first = ast.copy_location(ast.Name(first.id, ast.Load()), node)
        return infer(first, scope, depth + 1)
    if path == "instructor.from_provider":
        from rice_core.scan.python.frameworks import from_provider

        return from_provider(node, scope)
    name = path.rpartition(".")[2]
    if path.startswith("crewai.") and path.endswith(".Crew"):
        return crew_obj(node, scope, depth)
    if path.startswith("crewai.") and path.endswith(".Task"):  # task.execute(): one task run alone
        return task_obj(node, scope, depth)
    chain = table.chain_for(path)
    if chain is not None and path.startswith("llama_index."):
        return engine_from_constructor(chain, node, scope, depth)
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
    from rice_core.scan.python.fakes import is_fake_model

    llm_expr = argument(node, chain.llm)
    if is_fake_model(llm_expr, scope):  # LLMChain(llm=FakeListLLM(...)): a test double
        return None
    if chain.llm == ("chains",):  # SequentialChain(chains=[a, b, c]): every step runs, each its own requests
        return _sequential(chain.name, llm_expr, scope, depth)
    prompt = argument(node, chain.prompt) if chain.prompt else None
    if chain.llm[0] == "participants":  # an AutoGen team: its first agent with a model speaks first
        return _team(node, llm_expr, scope, depth)
    inner = infer(llm_expr, scope, depth + 1)
    if isinstance(inner, Inst) and inner.spec.attach:  # ChatCompletionAgent(kernel=kernel): the kernel's service
        from rice_core.scan.python.frameworks import attached_llm

        attached = attached_llm(inner, scope)
        if attached is None and inner.cls in inner.spec.attach_required:
            return None  # a kernel given no service cannot answer
        inner = attached or inner
    agent = "agent" in chain.name.lower()
    if isinstance(inner, Chain):
        steps, why = _agent_iterations(node, scope) if agent else (inner.requests, inner.requests_source)
        where = scope if prompt is not None else inner.scope
        return Chain(inner.llm, prompt or inner.prompt, where, steps, why, agent=agent or inner.agent)
    if isinstance(inner, Inst):
        steps, why = _agent_iterations(node, scope) if agent else (1, "")
        return Chain(inner, prompt, scope, steps, why, agent=agent)
    if isinstance(llm_expr, (ast.Constant, ast.Name, ast.Attribute, ast.JoinedStr)):  # a model name
        spec = next((s for s in load_table().sdks if s.chat_model), None)
        if spec is not None:
            return Chain(Inst(spec, "ChatModel", (Origin(node, scope, chain.llm),)), prompt, scope, agent=agent)
    return None


def _agent_iterations(node: ast.Call, scope: Scope) -> tuple[int, str]:
    """``AgentExecutor(agent=..., max_iterations=5)``: up to 5 model requests per run (one per step)."""
    from rice_core.scan.python.values import resolve_int

    found = argument(node, ("max_iterations",))
    value = resolve_int(found, scope) if found is not None else None
    return (value, f"agent: up to {value} steps (max_iterations)") if value and 1 < value <= 1000 else (1, "")


def _team(node: ast.Call, members: ast.expr | None, scope: Scope, depth: int) -> Chain | None:
    """``RoundRobinGroupChat([writer, critic], max_turns=6)``: up to ``max_turns`` requests, each an agent's."""
    from rice_core.scan.python.engines import _elements
    from rice_core.scan.python.values import resolve_int

    found = (infer(member, scope, depth + 1) for member in _elements(members, scope))
    agent = next((f for f in found if isinstance(f, Inst) and _has_model(f)), None)  # not a UserProxyAgent
    if agent is None:
        return None
    turns_expr = argument(node, ("max_turns",))
    turns = resolve_int(turns_expr, scope) if turns_expr is not None else None
    if turns and 1 < turns <= 1000:
        return Chain(agent, None, scope, turns, f"team: up to {turns} turns (max_turns)", agent=True)
    return Chain(agent, None, scope, agent=True)


def _has_model(inst: Inst) -> bool:
    return any(argument(o.call, o.model_args) is not None for o in inst.origins if o.model_args)


def _sequential(name: str, steps: ast.expr | None, scope: Scope, depth: int) -> Chain | None:
    from rice_core.scan.python.engines import _elements

    found = [infer(step, scope, depth + 1) for step in _elements(steps, scope)]
    chains = [f for f in found if isinstance(f, Chain)]
    if not chains:
        return None
    total = sum(c.requests for c in chains)
    return Chain(chains[0].llm, chains[0].prompt, chains[0].scope, total, f"{name} of {len(chains)} chains")


def _package_of(spec: SdkSpec, path: str) -> str:
    return max((p for p in spec.packages if path == p or path.startswith(p + ".")), key=len)


def _task_matches(
    node: ast.Call, task_args: tuple[str | int, ...], tasks: tuple[str, ...], scope: Scope, strict: bool = False
) -> bool:
    """Whether a factory's task argument (``pipeline("text-generation")``) is one of ``tasks``; an unknown
    task passes unless ``strict``."""
    from rice_core.scan.python.values import resolve_str

    expr = argument(node, task_args)
    value = resolve_str(expr, scope).value if expr is not None else None
    if value is None and strict and isinstance(expr, ast.Attribute):  # an enum member: PredefinedPipeline.RAG
        value = expr.attr
    if value not in tasks and isinstance(expr, ast.Name):  # set in a branch: ``service = "bedrock-runtime"``
        bindings = scope.bindings.get(expr.id, [])
        if any(resolve_str(b.value, scope).value in tasks for b in bindings if isinstance(b.value, ast.expr)):
            return True
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


def pipe_obj(node: ast.BinOp, scope: Scope, depth: int) -> Obj:
    right = infer(node.right, scope, depth + 1)
    left = infer(node.left, scope, depth + 1)
    if isinstance(right, Inst) and right.spec.chat_model:
        return Chain(right, node.left, scope)
    if isinstance(left, Chain):
        return left
    if isinstance(right, Chain):
        return right
    return None
