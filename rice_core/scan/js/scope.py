"""What names mean in one JS/TS file: imports, declarations, parameters and class fields.

``FileIndex`` is built once per file (``index.build_index``: one tree-sitter query, no Python recursion) and
answers ``resolve(identifier_node)`` with the nearest binding: a declaration, a parameter or an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rice_core.scan.js.parse import text_of

# ERROR is a scope too: in a half-typed file the top-level statements can hang under an ERROR root.
SCOPE_TYPES = frozenset({"program", "statement_block", "class_body", "for_statement", "for_in_statement", "ERROR"})
FUNCTION_TYPES = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)
_PARAM_WRAPPERS = frozenset({"required_parameter", "optional_parameter"})
MAX_ANCESTORS = 256  # tree-sitter's parent lookup is linear in depth: bound the walks for pathological nesting


@dataclass(frozen=True)
class Import:
    module: str  # "openai", "@ai-sdk/openai", ...
    name: str  # exported name, "default", or "*" (namespace / require)


@dataclass(frozen=True)
class Decl:
    value: Any  # the initialiser node (None for `let x;`)


@dataclass(frozen=True)
class Param:
    default: Any | None  # default value node
    type_name: str | None  # `client: OpenAI` → "OpenAI"


Binding = Import | Decl | Param


@dataclass
class FileIndex:
    imports: dict[str, Import] = field(default_factory=dict)
    decls: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)  # name → [(scope node id, value)]
    fields: dict[str, Any] = field(default_factory=dict)  # this.<name> → value node
    field_types: dict[str, str] = field(default_factory=dict)  # this.<name> → type name
    calls: list[Any] = field(default_factory=list)
    comments: list[Any] = field(default_factory=list)
    error_nodes: list[Any] = field(default_factory=list)
    classes: dict[str, list[Any]] | None = None  # top-level classes by name (lazy)
    functions: dict[str, Any] | None = None  # top-level functions by name (lazy)

    def resolve(self, node: Any) -> Binding | None:
        """The binding of an identifier node, looked up from its position outwards."""
        return self.resolve_name(text_of(node), node)

    def resolve_name(self, name: str, at: Any) -> Binding | None:
        candidates = self.decls.get(name, [])
        scope = at.parent
        for _ in range(MAX_ANCESTORS):
            if scope is None:
                break
            if scope.type in FUNCTION_TYPES:
                param = _find_param(scope, name)
                if param is not None:
                    return param
            if scope.type in SCOPE_TYPES:
                for scope_id, value in candidates:
                    if scope_id == scope.id:
                        return Decl(value)
            scope = scope.parent
        return self.imports.get(name)

    def sdk_modules(self) -> list[str]:
        return [imp.module for imp in self.imports.values()]


def string_value(node: Any) -> str | None:
    """Value of a plain string literal node (no escapes interpreted beyond the common ones)."""
    if node is None or node.type != "string":
        return None
    inner = text_of(node)[1:-1]
    return inner.replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace('\\"', '"')


def type_name(annotation: Any) -> str | None:
    """`OpenAI` for a `: OpenAI` annotation (also `OpenAI | null`, `ns.OpenAI`)."""
    if annotation is None:
        return None
    for node in annotation.named_children:
        if node.type in ("type_identifier", "identifier"):
            return text_of(node)
        if node.type == "nested_type_identifier":
            return text_of(node).split(".")[-1]
        if node.type in ("union_type", "type_annotation"):
            found = type_name(node)
            if found:
                return found
    return None


def _find_param(function: Any, name: str) -> Param | None:
    params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if params is None:
        return None
    if params.type == "identifier":
        return Param(None, None) if text_of(params) == name else None
    for param in params.named_children:
        found = _match_param(param, name, None)
        if found is not None:
            return found
    return None


def _match_param(param: Any, name: str, declared: str | None) -> Param | None:
    kind = param.type
    if kind in _PARAM_WRAPPERS:
        pattern, default = param.child_by_field_name("pattern"), param.child_by_field_name("value")
        declared = type_name(param.child_by_field_name("type"))
        if pattern is not None and pattern.type == "identifier":
            return Param(default, declared) if text_of(pattern) == name else None
        return _match_param(pattern, name, None) if pattern is not None else None
    if kind in ("identifier", "shorthand_property_identifier_pattern"):
        return Param(None, declared) if text_of(param) == name else None
    if kind in ("assignment_pattern", "object_assignment_pattern"):
        left = param.child_by_field_name("left")
        if left is not None and left.type in ("identifier", "shorthand_property_identifier_pattern"):
            return Param(param.child_by_field_name("right"), None) if text_of(left) == name else None
        return None
    if kind in ("object_pattern", "array_pattern"):
        for part in param.named_children:
            target = part.child_by_field_name("value") if part.type == "pair_pattern" else part
            found = _match_param(target, name, None) if target is not None else None
            if found is not None:
                return found
    return None
