"""Framework objects that run a configured LLM: LlamaIndex query and chat engines (``index.as_query_engine(llm=…,
text_qa_template=…)`` then ``.query()``; ``SimpleChatEngine.from_defaults(llm=…)`` then ``.chat()``).

One query is one request priced with the engine's LLM: the ``llm=`` argument, else the module's global
``Settings.llm = …`` (or a legacy ``ServiceContext.from_defaults(llm=…)``), else LlamaIndex's documented default,
OpenAI ``gpt-3.5-turbo`` (``default_model`` in the SDK table).
"""

from __future__ import annotations

import ast

from rice_core.scan.python.args import argument
from rice_core.scan.python.infer import Chain, Inst, LocalFunction, Obj, Origin, Qual, infer, lookup
from rice_core.scan.python.scopes import Scope, dotted_names
from rice_core.scan.python.sdk_table import ChainSpec, load_table

# method on an index → the keyword holding the engine's prompt template
ENGINE_METHODS = {"as_query_engine": ("text_qa_template",), "as_chat_engine": ("system_prompt", "context_prompt")}
_PACKAGE = "llama_index"
_GLOBALS = ("Settings.llm",)
_LEGACY = "ServiceContext.from_defaults"


def _module(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


def imports_llama_index(scope: Scope) -> bool:
    """Whether the module imports from LlamaIndex (memoised on the module scope)."""
    module = _module(scope)
    key = (0, "imports:llama_index")
    if key not in module.memo:
        module.memo[key] = any(
            b.kind == "import" and b.qualname.split(".")[0] == _PACKAGE for bs in module.bindings.values() for b in bs
        )
    return bool(module.memo[key])


def engine_obj(node: ast.Call, scope: Scope, depth: int) -> Chain | None:
    """``index.as_query_engine(llm=llm, text_qa_template=qa)``: a chain around the engine's LLM."""
    assert isinstance(node.func, ast.Attribute)
    if not imports_llama_index(scope):
        return None
    llm = engine_llm(argument(node, ("llm",)), scope, depth)
    return Chain(llm, argument(node, ENGINE_METHODS[node.func.attr]), scope) if llm is not None else None


def engine_from_constructor(chain: ChainSpec, node: ast.Call, scope: Scope, depth: int) -> Chain | None:
    """``SimpleChatEngine.from_defaults(llm=llm)``, ``ReActAgent.from_tools(tools, llm=llm)``."""
    llm = engine_llm(argument(node, chain.llm), scope, depth)
    prompt = argument(node, chain.prompt) if chain.prompt else None
    return Chain(llm, prompt, scope) if llm is not None else None


def engine_llm(expr: ast.expr | None, scope: Scope, depth: int) -> Inst | None:
    """The LLM an engine runs: the given one, the global ``Settings.llm``, else the SDK default."""
    if expr is not None:
        found = infer(expr, scope, depth + 1)
        if not isinstance(found, Inst) and dotted_names(expr) in _GLOBALS:  # ``llm=Settings.llm``: the global one
            found = _global_llm(scope, depth) or _project_llm(scope, depth)
        return found if isinstance(found, Inst) else _default_llm("LLM")  # an LLM we cannot see: unresolved
    return _global_llm(scope, depth) or _project_llm(scope, depth) or _default_llm("OpenAI")


def _project_llm(scope: Scope, depth: int) -> Inst | None:
    """``Settings.llm`` set in another module of the project (a setup module the app runs first)."""
    from rice_core.scan.python.project_index import project_global_llm

    return next((found for key in _GLOBALS if (found := project_global_llm(key, scope, depth)) is not None), None)


def _global_llm(scope: Scope, depth: int) -> Inst | None:
    module = _module(scope)
    for key in _GLOBALS:
        for binding in reversed(module.bindings.get(key, ())):
            found = infer(binding.value, binding.scope, depth + 1) if binding.scope is not None else None
            if isinstance(found, Inst):
                return found
    for call, where in module.calls or ():
        if isinstance(call.func, ast.Attribute) and call.func.attr == "from_defaults":
            target: Obj = infer(call.func, where, depth + 1)
            llm = argument(call, ("llm",))
            if isinstance(target, Qual) and target.path.endswith(_LEGACY) and llm is not None:
                found = infer(llm, where, depth + 1)
                if isinstance(found, Inst):
                    return found
    return None


def _default_llm(cls: str) -> Inst | None:
    """An LLM without constructor: ``OpenAI`` takes the SDK's default model, ``LLM`` stays unresolved."""
    spec = next((s for s in load_table().sdks if s.sdk == _PACKAGE and s.default_model), None)
    return Inst(spec, cls) if spec is not None else None


def crew_obj(node: ast.Call, scope: Scope, depth: int) -> Chain | None:
    """``Crew(agents=[...], tasks=[...])``: ``kickoff()`` runs every task at least once with an agent's LLM (the
    first agent whose LLM is visible: an ``LLM``/chat-model object or a model string on ``Agent(llm=...)``)."""
    spec = next((s for s in load_table().sdks if s.sdk == "crewai"), None)
    if spec is None:
        return None
    llm: Inst | None = None
    agents = argument(node, ("agents",))
    for agent, where in _decorated(agents, "agent", scope) or [(a, scope) for a in _elements(agents, scope)]:
        llm = _agent_llm(agent, where, depth)
        if llm is not None:
            break
    tasks_arg = argument(node, ("tasks",))
    tasks = len(_decorated(tasks_arg, "task", scope) or _elements(tasks_arg, scope))
    source = f"{tasks} tasks, each at least one request" if tasks > 1 else ""
    return Chain(
        llm=llm or Inst(spec, "LLM"),
        prompt=None,
        scope=scope,
        requests=max(1, tasks),
        requests_source=source,
        sdk="crewai",
    )


def task_obj(node: ast.Call, scope: Scope, depth: int) -> Chain | None:
    """``Task(agent=agent, description=...)``: CrewAI < 0.30 ran one task alone with ``task.execute()``, one request
    at least with the agent's LLM (the description is the prompt)."""
    spec = next((s for s in load_table().sdks if s.sdk == "crewai"), None)
    agent = argument(node, ("agent",))
    if spec is None or agent is None:
        return None
    llm = _agent_llm(agent, scope, depth) or Inst(spec, "LLM")
    return Chain(llm=llm, prompt=argument(node, ("description",)), scope=scope, sdk="crewai")


def _agent_llm(agent: ast.expr, scope: Scope, depth: int) -> Inst | None:
    """``Agent(role=..., llm=llm)`` (inline or bound to a name): the LLM instance, or the model string as one."""
    call = agent
    where = scope
    if isinstance(agent, ast.Name):
        binding = lookup(agent.id, scope, agent.lineno - 1)
        if binding is not None and binding.kind in ("import", "relimport"):  # an agent made in a sibling module
            from rice_core.scan.python.modules import imported_binding

            there = imported_binding(binding, scope, ())
            binding = there[0] if there is not None and not there[2] else None
        if binding is None or binding.kind != "assign" or binding.scope is None:
            return None
        call, where = binding.value, binding.scope  # type: ignore[assignment]
    if not isinstance(call, ast.Call):
        return None
    made = argument(call, ("llm",)) is None and _factory_agent(call, where, depth)
    if made:  # ``team.writer()``: the ``Agent(llm=self.llm)`` the project's factory method returns
        call, where = made
    expr = argument(call, ("llm",))
    found = infer(expr, where, depth + 1) if expr is not None else None
    if isinstance(found, Inst):
        return found
    spec = next((s for s in load_table().sdks if s.sdk == "crewai"), None)
    if expr is not None and spec is not None:  # Agent(llm="gpt-4o-mini"): the string is the model
        return Inst(spec, "LLM", (Origin(call, where, ("llm",)),))
    return None


def _factory_agent(call: ast.Call, scope: Scope, depth: int) -> tuple[ast.Call, Scope] | None:
    """The first ``Agent(..., llm=...)`` call returned by the project function or method that ``call`` calls."""
    func = infer(call.func, scope, depth + 1)
    if not isinstance(func, LocalFunction):
        return None
    for node in ast.walk(func.node):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            if argument(node.value, ("llm",)) is not None:
                return node.value, func.scope
    return None


def _decorated(node: ast.expr | None, kind: str, scope: Scope) -> list[tuple[ast.expr, Scope]]:
    """``Crew(agents=self.agents)`` in a ``@CrewBase`` class: what each ``@agent``/``@task`` method returns."""
    owner = scope.class_scope
    if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"):
        return []
    if owner is None or node.attr != kind + "s":
        return []
    found: list[tuple[ast.expr, Scope]] = []
    for bindings in owner.bindings.values():
        method = bindings[-1]
        func = method.value
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) or method.scope is None:
            continue
        if any(isinstance(d, ast.Name) and d.id == kind for d in func.decorator_list):
            found.extend((r.value, method.scope) for r in ast.walk(func) if isinstance(r, ast.Return) and r.value)
    return found


def _elements(node: ast.expr | None, scope: Scope) -> list[ast.expr]:
    if isinstance(node, ast.Name):
        binding = lookup(node.id, scope, node.lineno - 1)
        node = binding.value if binding is not None and binding.kind == "assign" else None  # type: ignore[assignment]
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else []
