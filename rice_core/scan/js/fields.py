"""``this.<field>`` inside a class: the field's initialiser (``private readonly model = "gpt-4.1-mini"``) or its
assignment in the constructor, in the enclosing class or a base class in the same file — and, for a field the class
leaves abstract or undeclared, the value its subclasses in the file give it.

When several subclasses give different values, the field is left unresolved (``conflicting`` lists them): one call
in the base class then serves several models, and picking one would misprice the others silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import MAX_ANCESTORS, FileIndex

CLASS_TYPES = frozenset({"class_declaration", "abstract_class_declaration", "class"})
_FIELD_TYPES = frozenset({"public_field_definition", "field_definition"})
_SCOPE_BREAKS = frozenset({"function_declaration", "function_expression", "function"})  # own `this`
MAX_HOPS = 4


@dataclass(frozen=True)
class FieldValue:
    node: Any | None  # the value expression (None when the subclasses disagree)
    conflicting: tuple[str, ...] = ()  # the different values several subclasses give the field


def enclosing_class(node: Any) -> Any | None:
    """The class whose ``this`` a node sees (None inside a plain ``function``, which has its own ``this``)."""
    current = node.parent
    for _ in range(MAX_ANCESTORS):
        if current is None or current.type in _SCOPE_BREAKS:
            return None
        if current.type in CLASS_TYPES:
            return current
        current = current.parent
    return None


def _class_name(cls: Any) -> str:
    name = cls.child_by_field_name("name")
    if name is None and cls.parent is not None and cls.parent.type == "variable_declarator":  # const A = class {}
        name = cls.parent.child_by_field_name("name")
    return text_of(name) if name is not None else ""


def _base_name(cls: Any) -> str:
    """``B`` for ``class A extends B`` (JavaScript and TypeScript grammars); "" when there is no plain base name."""
    heritage = next((c for c in cls.named_children if c.type == "class_heritage"), None)
    if heritage is None:
        return ""
    clause = next((c for c in heritage.named_children if c.type == "extends_clause"), heritage)
    base = clause.named_children[0] if clause.named_children else None
    return text_of(base) if base is not None and base.type == "identifier" else ""


def _constructor_value(method: Any, prop: str) -> Any | None:
    body = method.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        if statement.type != "expression_statement" or not statement.named_children:
            continue
        expr = statement.named_children[0]
        left = expr.child_by_field_name("left") if expr.type == "assignment_expression" else None
        if left is not None and left.type == "member_expression" and text_of(left) == f"this.{prop}":
            return expr.child_by_field_name("right")
    return None


def own_value(cls: Any, prop: str) -> Any | None:
    """The value a class itself gives ``this.<prop>``: a field initialiser, else a constructor assignment (which
    also replaces a `null`/`undefined` placeholder initialiser: ``model = null; constructor() { this.model = m }``)."""
    body = cls.child_by_field_name("body")
    placeholder = None
    for member in body.named_children if body is not None else ():
        if member.type in _FIELD_TYPES:
            name = member.child_by_field_name("name") or member.child_by_field_name("property")
            value = member.child_by_field_name("value")
            if value is not None and name is not None and text_of(name) == prop:
                if value.type not in ("null", "undefined"):
                    return value
                placeholder = value
        elif member.type == "method_definition" and text_of(member.child_by_field_name("name")) == "constructor":
            found = _constructor_value(member, prop) or _param_property_default(member, prop)
            if found is not None:
                return found
    return placeholder


def _param_property_default(method: Any, prop: str) -> Any | None:
    """``constructor(private readonly model: string = "gpt-4o")``: a parameter property's default value."""
    params = method.child_by_field_name("parameters")
    for param in params.named_children if params is not None else ():
        if not any(c.type in ("accessibility_modifier", "readonly", "override_modifier") for c in param.children):
            continue
        pattern = param.child_by_field_name("pattern")
        if pattern is not None and text_of(pattern) == prop:
            return param.child_by_field_name("value")
    return None


def _root(node: Any) -> Any:
    for _ in range(MAX_ANCESTORS):
        if node.parent is None:
            break
        node = node.parent
    return node


def _top_level_classes(root: Any) -> dict[str, list[Any]]:
    """Classes declared at the top of the file (also exported, or assigned to a ``const``), by name."""
    out: dict[str, list[Any]] = {}
    for child in root.named_children:
        nodes = [child]
        if child.type == "export_statement":
            nodes = list(child.named_children)
        elif child.type in ("lexical_declaration", "variable_declaration"):
            nodes = [d.child_by_field_name("value") for d in child.named_children if d.type == "variable_declarator"]
        for node in nodes:
            if node is not None and node.type in CLASS_TYPES and _class_name(node):
                out.setdefault(_class_name(node), []).append(node)
    return out


def _classes(index: FileIndex, at: Any) -> dict[str, list[Any]]:
    if index.classes is None:
        index.classes = _top_level_classes(_root(at))
    return index.classes


def _from_subclasses(cls: Any, prop: str, classes: dict[str, list[Any]]) -> list[Any]:
    """Values the subclasses of ``cls`` in the file give ``prop`` (a subclass that sets none passes on its own)."""
    values: list[Any] = []
    frontier, seen = [_class_name(cls)], set()
    for _ in range(MAX_HOPS):
        children = [c for group in classes.values() for c in group if _base_name(c) in frontier and c.id not in seen]
        seen |= {c.id for c in children}
        frontier = []
        for child in children:
            value = own_value(child, prop)
            if value is not None:
                values.append(value)
            else:
                frontier.append(_class_name(child))
        if not frontier:
            break
    return values


def this_field(member: Any, index: FileIndex) -> FieldValue | None:
    """What ``this.<prop>`` (a ``member_expression`` on ``this``) holds in the class the expression sits in."""
    cls = enclosing_class(member)
    prop = text_of(member.child_by_field_name("property"))
    if cls is None or not prop:
        return None
    classes = _classes(index, member)
    current = cls
    for _ in range(MAX_HOPS):
        value = own_value(current, prop)
        if value is not None:
            return FieldValue(value)
        bases = classes.get(_base_name(current), ())
        if not bases:
            break
        current = bases[0]
    values = _from_subclasses(cls, prop, classes)
    distinct = list(dict.fromkeys(text_of(v) for v in values))
    if len(distinct) == 1:
        return FieldValue(values[0])
    return FieldValue(None, tuple(distinct)) if distinct else None
