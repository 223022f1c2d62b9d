"""Helpers called for what they return: `new ChatOpenAI(getModelConfig("llama-3.1-8b"))`, `generateText({ model:
getModel("gpt-4o") })` — a function of this file or imported from a repository module, evaluated in its own module
with its parameters bound to the caller's arguments (read, never run)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rice_core.scan.js.builders import local_function
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import MAX_ANCESTORS, Import
from rice_core.scan.js.values import Evaluator

FUNCTION_VALUES = frozenset(
    {"arrow_function", "function_expression", "function", "function_declaration", "generator_function_declaration"}
)
_PARAM_WRAPPERS = frozenset({"required_parameter", "optional_parameter"})


@dataclass(frozen=True)
class Arguments:
    """The caller's argument (and its evaluator) for each parameter name of ``function``."""

    function: Any
    by_name: dict[str, tuple[Evaluator, Any]]

    def passed(self, node: Any) -> tuple[Evaluator, Any] | None:
        """What the caller passed for the parameter ``node`` names, when ``node`` is inside the function."""
        found = self.by_name.get(text_of(node))
        if found is None:
            return None
        scope = node.parent
        for _ in range(MAX_ANCESTORS):
            if scope is None:
                return None
            if scope.id == self.function.id:
                return found
            scope = scope.parent
        return None


def _param_names(function: Any) -> list[str | None]:
    params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if params is None:
        return []
    if params.type == "identifier":  # x => ...
        return [text_of(params)]
    names: list[str | None] = []
    for param in params.named_children:
        node = param.child_by_field_name("pattern") if param.type in _PARAM_WRAPPERS else param
        if node is not None and node.type == "assignment_pattern":
            node = node.child_by_field_name("left")
        names.append(text_of(node) if node is not None and node.type == "identifier" else None)
    return names


def called_function(ev: Evaluator, call: Any) -> tuple[Evaluator, Any] | None:
    """(evaluator of the function's module with the call's arguments bound, the function) or None."""
    func = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    if func is None or func.type != "identifier":
        return None
    found: tuple[Evaluator, Any] | None = None
    local = local_function(ev.index, func)
    if local is not None:
        found = ev, local
    else:
        binding = ev.index.resolve(func)
        found = ev.foreign(binding) if isinstance(binding, Import) else None
    if found is None or found[1] is None or found[1].type not in FUNCTION_VALUES:
        return None
    home, function = found
    args = call.child_by_field_name("arguments")
    values = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    by_name = {n: (ev, v) for n, v in zip(_param_names(function), values) if n is not None}
    return replace(home, arguments=Arguments(function, by_name)), function
