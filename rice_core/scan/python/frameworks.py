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
from rice_core.scan.python.infer import Inst, Qual, infer
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
                return found
    return None


def configured_llm(spec_packages: tuple[str, ...], functions: tuple[str, ...], scope: Scope) -> Inst | None:
    """The LM given to ``dspy.configure(lm=...)`` (or ``dspy.settings.configure``/``dspy.context``) in the module."""
    paths = {f"{p}.{f}" for p in spec_packages for f in functions}
    for call, where in module_of(scope).calls or ():
        if not isinstance(call.func, ast.Attribute) or call.func.attr not in {f.rsplit(".", 1)[-1] for f in functions}:
            continue
        target = infer(call.func, where)
        if isinstance(target, Qual) and target.path in paths:
            lm = argument(call, ("lm", 0))
            found = infer(lm, where) if lm is not None else None
            if isinstance(found, Inst):
                return found
    return None


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
