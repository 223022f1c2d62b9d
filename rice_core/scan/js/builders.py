"""Local functions that build and return a client, a model or a chain: ``function buildChain() { return
RunnableSequence.from([...]) }``, ``const makeLlm = () => new ChatOpenAI(...)``, ``this.createChain()`` — what
their ``return`` statements (or an arrow's expression body) hand back, so that ``buildChain(x).invoke(q)`` is
matched like the chain itself."""

from __future__ import annotations

from typing import Any

from rice_core.scan.js.fields import enclosing_class
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import FUNCTION_TYPES, Decl, FileIndex

_FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function"})
_DECLARATIONS = frozenset({"function_declaration", "generator_function_declaration"})
MAX_STATEMENTS = 2000  # nodes visited per function body: bounds pathological inputs


def returned_expressions(function: Any) -> list[Any]:
    """The expressions a function returns, in source order (nested functions' returns excluded)."""
    body = function.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":  # arrow function with an expression body
        return [body]
    found: list[Any] = []
    stack = list(reversed(body.named_children))
    for _ in range(MAX_STATEMENTS):
        if not stack:
            break
        node = stack.pop()
        if node.type == "return_statement":
            found.extend(node.named_children[:1])
        elif node.type not in FUNCTION_TYPES and node.type != "class_body":
            stack.extend(reversed(node.named_children))
    return found


def top_level_functions(root: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in root.named_children:
        nodes = list(child.named_children) if child.type == "export_statement" else [child]
        for node in nodes:
            name = node.child_by_field_name("name") if node.type in _DECLARATIONS else None
            if name is not None:
                out.setdefault(text_of(name), node)
    return out


def local_function(index: FileIndex, ident: Any) -> Any | None:
    """The function an identifier names in this file: a ``const f = () => ...`` or a top-level declaration."""
    binding = index.resolve(ident)
    if isinstance(binding, Decl):
        value = binding.value
        return value if value is not None and value.type in _FUNCTION_VALUES else None
    if binding is not None:
        return None
    if index.functions is None:
        root = ident
        while root.parent is not None:
            root = root.parent
        index.functions = top_level_functions(root)
    return index.functions.get(text_of(ident))


def this_method(member: Any) -> Any | None:
    """The method ``this.<name>`` names in the enclosing class."""
    cls = enclosing_class(member)
    body = cls.child_by_field_name("body") if cls is not None else None
    name = text_of(member.child_by_field_name("property"))
    for node in body.named_children if body is not None else ():
        if node.type == "method_definition" and text_of(node.child_by_field_name("name")) == name:
            return node
    return None
