"""Build a ``FileIndex`` for one tree: imports, declarations and class fields, collected by one tree-sitter query."""

from __future__ import annotations

import functools
from typing import Any

from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import (
    SCOPE_TYPES,
    FileIndex,
    Import,
    string_value,
    type_name,
)

_QUERY_KINDS = {
    "call": ("call_expression",),
    "comment": ("comment",),
    "import": ("import_statement",),
    "declarator": ("variable_declarator",),
    "field": ("public_field_definition", "field_definition"),
    "assignment": ("assignment_expression",),
    "param": ("required_parameter", "optional_parameter"),
    "error": ("ERROR",),
    "missing": ("MISSING",),
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


def _add_import(index: FileIndex, node: Any) -> None:
    module = string_value(node.child_by_field_name("source"))
    for clause in node.children:
        if clause.type == "import_clause" and module is not None:
            _add_import_clause(index, clause, module)
        elif clause.type == "import_require_clause":  # TypeScript: import X = require("m")
            ident = next((c for c in clause.children if c.type == "identifier"), None)
            required = string_value(clause.child_by_field_name("source"))
            if ident is not None and required is not None:
                index.imports[text_of(ident)] = Import(required, "*")


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
    """ "m" for `require("m")`, `require("m").default` or `await import("m")`."""
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
    elif obj is not None and obj.type == "identifier" and prop is not None:  # Settings.llm = new OpenAI(...)
        index.fields[f"{text_of(obj)}.{text_of(prop)}"] = node.child_by_field_name("right")


def _add_param_property(index: FileIndex, node: Any) -> None:
    """`constructor(private client: OpenAI)` declares the field `this.client`."""
    if any(c.type in ("accessibility_modifier", "readonly") for c in node.children):
        pattern = node.child_by_field_name("pattern")
        declared = type_name(node.child_by_field_name("type"))
        if pattern is not None and declared:
            index.field_types[text_of(pattern)] = declared
