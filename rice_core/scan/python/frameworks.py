"""Where agent and pipeline frameworks keep the model of a request that does not name one:

* an LLM attached to the object making the request — Haystack ``pipe.add_component("llm", OpenAIGenerator(...))``
  then ``pipe.run(...)``, semantic-kernel ``kernel.add_service(OpenAIChatCompletion(...))`` then
  ``kernel.invoke_prompt(...)`` (a Haystack pipeline with no generator is indexing only: no request);
* the module's configured LM — ``dspy.configure(lm=dspy.LM("openai/gpt-4o-mini"))`` for ``Predict``/``ChainOfThought``;
* AutoGen 0.2 ``llm_config={"config_list": [{"model": ...}]}`` on the agent that answers ``initiate_chat``.
"""

from __future__ import annotations

import ast

from rice_core.scan.python.args import argument
from rice_core.scan.python.infer import Inst, Origin, Qual, infer
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import StrValue, binding_of, dict_items, resolve_str

MAX_DEPTH = 6


def module_of(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


def attached_llm(receiver: Inst, scope: Scope) -> Inst | None:
    """The LLM passed to ``<same object>.add_component(...)`` / ``.add_service(...)`` anywhere in the module."""
    if not receiver.spec.attach or not receiver.origins:
        return None
    made_by = receiver.origins[0].call
    attached: list[Inst] = []
    for call, where in module_of(scope).calls or ():
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr in receiver.spec.attach):
            continue
        owner = infer(func.value, where)
        if not (isinstance(owner, Inst) and owner.origins and owner.origins[0].call is made_by):
            continue
        for arg in (*call.args, *(k.value for k in call.keywords)):
            found = infer(arg, where)
            if isinstance(found, Inst) and found.cls not in (receiver.cls, *receiver.spec.attach_required):
                attached.append(found)
                break
    if len(attached) > 1:  # two services on one kernel: which one answers is chosen at run time
        return Inst(attached[0].spec, "several services")
    return attached[0] if attached else None


PROVIDERS = {  # instructor.from_provider("openai/gpt-4o-mini") → the provider's SDK and client class
    "openai": ("openai", "OpenAI"),
    "azure_openai": ("openai", "AzureOpenAI"),
    "anthropic": ("anthropic", "Anthropic"),
    "google": ("google-genai", "Client"),
    "genai": ("google-genai", "Client"),
    "mistral": ("mistralai", "Mistral"),
    "groq": ("groq", "Groq"),
    "ollama": ("ollama", "Client"),
    "cohere": ("cohere", "ClientV2"),
    "together": ("together", "Together"),
}


def from_provider(node: ast.Call, scope: Scope) -> Inst | None:
    """``instructor.from_provider("anthropic/claude-3-5-haiku-latest")``: that SDK's client, the model fixed on it
    (the bare name after the provider)."""
    from rice_core.scan.python.sdk_table import load_table

    expr = argument(node, (0, "model"))
    text = resolve_str(expr, scope).value if expr is not None else None
    provider, _, model = (text or "").partition("/")
    sdk, cls = PROVIDERS.get(provider, ("openai", "OpenAI"))
    spec = load_table().spec_by_class(sdk, cls)
    if spec is None:
        return None
    literal = ast.copy_location(ast.Constant(model), expr) if expr is not None else ast.Constant(model)
    keyword = ast.copy_location(ast.keyword(arg="model", value=literal), node)
    fixed = ast.copy_location(ast.Call(func=node.func, args=[], keywords=[keyword]), node)
    return Inst(spec, cls, (Origin(fixed, scope, ("model",)),) if model else ())


def configured_llm(spec_packages: tuple[str, ...], functions: tuple[str, ...], scope: Scope, line: int) -> Inst | None:
    """The LM given to ``dspy.configure(lm=...)`` (or ``dspy.settings.configure``/``dspy.context``) in the module:
    the last one set at or above ``line``, else the first one below it."""
    paths = {f"{p}.{f}" for p in spec_packages for f in functions}
    names = {f.rsplit(".", 1)[-1] for f in functions}
    found: list[tuple[int, Inst]] = []
    for call, where in module_of(scope).calls or ():
        if not isinstance(call.func, ast.Attribute) or call.func.attr not in names:
            continue
        target = infer(call.func, where)
        if isinstance(target, Qual) and target.path in paths:
            lm = argument(call, ("lm", 0))
            inst = infer(lm, where) if lm is not None else None
            if isinstance(inst, Inst):
                found.append((call.lineno, inst))
    found.sort(key=lambda pair: pair[0])
    before = [inst for at, inst in found if at <= line]
    return before[-1] if before else (found[0][1] if found else None)


def autogen_model(node: ast.Call, scope: Scope, receiver: Inst) -> StrValue | None:
    """The first ``config_list`` model of the agent that answers (the recipient), else of the receiver."""
    recipient = argument(node, (0, "recipient"))
    agents = [infer(recipient, scope) if recipient is not None else None, receiver]
    for agent in agents:
        for origin in agent.origins if isinstance(agent, Inst) else ():
            config = argument(origin.call, ("llm_config",))
            found = _config_model(config, origin.scope) if config is not None else None
            if found is not None:
                return found
    return None


def _config_model(config: ast.expr, scope: Scope) -> StrValue | None:
    items = dict_items(config, scope) or {}
    if "model" in items:
        return resolve_str(items["model"], scope)
    first = _first_element(items.get("config_list"), scope, 0)
    entry = dict_items(first[0], first[1]) if first is not None else None
    return resolve_str(entry["model"], first[1]) if first is not None and entry and "model" in entry else None


def _first_element(node: ast.expr | None, scope: Scope, depth: int) -> tuple[ast.expr, Scope] | None:
    if isinstance(node, (ast.List, ast.Tuple)):
        return (node.elts[0], scope) if node.elts else None
    if isinstance(node, ast.Name) and depth < MAX_DEPTH:
        binding = binding_of(node, scope)
        if binding is not None and binding.kind == "assign" and binding.scope is not None:
            return _first_element(binding.value, binding.scope, depth + 1)  # type: ignore[arg-type]
    return None
