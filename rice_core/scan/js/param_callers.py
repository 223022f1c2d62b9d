"""A model passed in as a function parameter and given by the file's own callers:
`const ask = async (prompt, model) => generateText({ model, prompt })` with `ask("…", google("gemini-2.0-flash"))`.
Only plain positional parameters of a named function are followed, to calls of that name in the same file."""

from __future__ import annotations

from typing import Any

from rice_core.scan.js.parse import text_of

_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function_declaration", "function"})
_PARAM = frozenset({"identifier", "required_parameter", "optional_parameter"})
MAX_NODES = 20_000  # bounded walk of the file for the callers


def caller_arguments(ident: Any) -> list[Any]:
    """The argument nodes the file's calls pass for the parameter ``ident`` names (empty when not a parameter)."""
    function, index, name = _parameter_of(ident)
    if function is None or not name:
        return []
    root = function
    while root.parent is not None:
        root = root.parent
    found: list[Any] = []
    stack, seen = [root], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if callee is not None and callee.type == "identifier" and text_of(callee) == name and args is not None:
                if index < len(args.named_children):
                    found.append(args.named_children[index])
        stack.extend(node.named_children)
    return found


def _parameter_of(ident: Any) -> tuple[Any, int, str]:
    """(enclosing function, position of the parameter named like ``ident``, the function's name)."""
    target, node = text_of(ident), ident.parent
    while node is not None and node.type not in _FUNCTIONS:
        node = node.parent
    if node is None:
        return None, 0, ""
    params = node.child_by_field_name("parameters")
    names = [_param_name(p) for p in params.named_children] if params is not None else []
    if target not in names:
        return None, 0, ""
    return node, names.index(target), _function_name(node)


def _param_name(param: Any) -> str:
    if param.type not in _PARAM:
        return ""
    pattern = param.child_by_field_name("pattern") if param.type != "identifier" else param
    return text_of(pattern) if pattern is not None and pattern.type == "identifier" else ""


def _function_name(function: Any) -> str:
    named = function.child_by_field_name("name")
    if named is not None:
        return text_of(named)
    holder = function.parent
    if holder is not None and holder.type == "variable_declarator":
        declared = holder.child_by_field_name("name")
        return text_of(declared) if declared is not None and declared.type == "identifier" else ""
    return ""
