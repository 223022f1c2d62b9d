"""What names mean in one JS/TS file: imports, declarations, parameters and class fields.

``FileIndex`` is built once per file by one iterative walk (no recursion: deeply nested code is fine) and answers
``resolve(identifier_node)`` with the nearest binding: a declaration, a parameter or an import.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from rice_core.scan.js.parse import text_of

SCOPE_TYPES = frozenset({"program", "statement_block", "class_body", "for_statement", "for_in_statement"})
FUNCTION_TYPES = frozenset(
    {"function_declaration", "function_expression", "function", "arrow_function", "method_definition",
     "generator_function_declaration", "generator_function"}
)
_PARAM_WRAPPERS = frozenset({"required_parameter", "optional_parameter"})
MAX_ANCESTORS = 256   # tree-sitter's parent lookup is linear in depth: bound the walks for pathological nesting


@dataclass(frozen=True)
class Import:
    module: str   # "openai", "@ai-sdk/openai", ...
    name: str     # exported name, "default", or "*" (namespace / require)


@dataclass(frozen=True)
class Decl:
    value: Any    # the initialiser node (None for `let x;`)


@dataclass(frozen=True)
class Param:
    default: Any | None     # default value node
    type_name: str | None   # `client: OpenAI` → "OpenAI"


Binding = Import | Decl | Param


@dataclass
class FileIndex:
    imports: dict[str, Import] = field(default_factory=dict)
    decls: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)   # name → [(scope node id, value)]
    fields: dict[str, Any] = field(default_factory=dict)                    # this.<name> → value node
    field_types: dict[str, str] = field(default_factory=dict)               # this.<name> → type name
    calls: list[Any] = field(default_factory=list)
    comments: list[Any] = field(default_factory=list)
    error_nodes: list[Any] = field(default_factory=list)

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


_QUERY_KINDS = {
    "call": ("call_expression",), "comment": ("comment",), "import": ("import_statement",),
    "declarator": ("variable_declarator",), "field": ("public_field_definition", "field_definition"),
    "assignment": ("assignment_expression",), "param": ("required_parameter", "optional_parameter"),
    "error": ("ERROR",), "missing": ("MISSING",),
}


@functools.cache
def _index_query(language: Any) -> Any:
    """One query capturing every node kind the index needs (kinds absent from a grammar are left out)."""
    from tree_sitter import Query

    patterns = []
    for capture, kinds in _QUERY_KINDS.items():
        for kind in kinds:
            if kind in ("ERROR", "MISSING") or language.id_for_node_kind(kind, True):
                patterns.append(f"({kind}) @{capture}")
    return Query(language, " ".join(patterns))


def build_index(root: Any, language: Any) -> FileIndex:
    """Collect what resolution needs with one tree-sitter query (the tree is walked in C, not in Python)."""
    from tree_sitter import QueryCursor

    found = QueryCursor(_index_query(language)).captures(root)
    index = FileIndex()
    for node in found.get("import", ()):
        _add_import(index, node)
    for node in found.get("declarator", ()):
        _add_declarator(index, node)
    for node in found.get("field", ()):
        _add_field(index, node)
    for node in found.get("assignment", ()):
        _add_this_assignment(index, node)
    for node in found.get("param", ()):
        if node.child_by_field_name("type") is not None:
            _add_param_property(index, node)
    index.calls = sorted(found.get("call", ()), key=lambda n: n.start_byte)
    index.comments = list(found.get("comment", ()))
    index.error_nodes = [*found.get("error", ()), *found.get("missing", ())]
    return index


def string_value(node: Any) -> str | None:
    """Value of a plain string literal node (no escapes interpreted beyond the common ones)."""
    if node is None or node.type != "string":
        return None
    inner = text_of(node)[1:-1]
    return inner.replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace('\\"', '"')


def _add_import(index: FileIndex, node: Any) -> None:
    module = string_value(node.child_by_field_name("source"))
    if module is None:
        return
    for clause in node.children:
        if clause.type == "import_clause":
            _add_import_clause(index, clause, module)
        elif clause.type == "import_require_clause":  # import X = require("m")
            ident = next((c for c in clause.children if c.type == "identifier"), None)
            if ident is not None:
                index.imports[text_of(ident)] = Import(module, "*")


def _add_import_clause(index: FileIndex, clause: Any, module: str) -> None:
    for part in clause.children:
        if part.type == "identifier":
            index.imports[text_of(part)] = Import(module, "default")
        elif part.type == "namespace_import":
            ident = next((c for c in part.children if c.type == "identifier"), None)
            if ident is not None:
                index.imports[text_of(ident)] = Import(module, "*")
        elif part.type == "named_imports":
            for spec in part.children:
                if spec.type == "import_specifier":
                    name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                    index.imports[text_of(alias or name)] = Import(module, text_of(name))


def _require_module(value: Any) -> str | None:
    """"m" for `require("m")`, `require("m").default` or `await import("m")`."""
    while value is not None and value.type in ("member_expression", "await_expression"):
        value = value.child_by_field_name("object") if value.type == "member_expression" else value.named_children[0]
    if value is None or value.type != "call_expression":
        return None
    func = value.child_by_field_name("function")
    if func is None or text_of(func) not in ("require", "import"):
        return None
    args = value.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    return string_value(first)


def _add_declarator(index: FileIndex, node: Any) -> None:
    name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if name is None:
        return
    module = _require_module(value)
    if module is not None:
        _add_require(index, name, module)
        return
    if name.type == "identifier":
        scope = _enclosing_scope(node)
        index.decls.setdefault(text_of(name), []).append((scope.id if scope else -1, value))


def _add_require(index: FileIndex, pattern: Any, module: str) -> None:
    if pattern.type == "identifier":
        index.imports[text_of(pattern)] = Import(module, "*")
        return
    for part in pattern.named_children:
        if part.type == "shorthand_property_identifier_pattern":
            index.imports[text_of(part)] = Import(module, text_of(part))
        elif part.type == "pair_pattern":
            key, val = part.child_by_field_name("key"), part.child_by_field_name("value")
            if val is not None and val.type == "identifier":
                index.imports[text_of(val)] = Import(module, text_of(key))


def _enclosing_scope(node: Any) -> Any:
    scope = node.parent
    while scope is not None and scope.type not in SCOPE_TYPES:
        scope = scope.parent
    return scope


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


def _add_field(index: FileIndex, node: Any) -> None:
    name = node.child_by_field_name("name") or node.child_by_field_name("property")
    if name is None:
        return
    value = node.child_by_field_name("value")
    if value is not None:
        index.fields[text_of(name)] = value
    declared = type_name(node.child_by_field_name("type"))
    if declared:
        index.field_types[text_of(name)] = declared


def _add_this_assignment(index: FileIndex, node: Any) -> None:
    left = node.child_by_field_name("left")
    if left is None or left.type != "member_expression":
        return
    obj, prop = left.child_by_field_name("object"), left.child_by_field_name("property")
    if obj is not None and obj.type == "this" and prop is not None:
        index.fields[text_of(prop)] = node.child_by_field_name("right")


def _add_param_property(index: FileIndex, node: Any) -> None:
    """`constructor(private client: OpenAI)` declares the field `this.client`."""
    if any(c.type in ("accessibility_modifier", "readonly") for c in node.children):
        pattern = node.child_by_field_name("pattern")
        declared = type_name(node.child_by_field_name("type"))
        if pattern is not None and declared:
            index.field_types[text_of(pattern)] = declared


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
