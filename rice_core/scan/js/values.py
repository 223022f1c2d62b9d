"""Static values of JS/TS expressions: strings, template literals, constants, env defaults, prompt files.

``Evaluator.text`` never runs code: it folds literals, follows ``const``/``let`` bindings and parameter defaults, and
turns whatever it cannot know into a counted placeholder (a "hole").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rice_core.scan.js.fields import this_field
from rice_core.scan.js.parse import text_of
from rice_core.scan.js.scope import Decl, FileIndex, Import, Param, string_value

MAX_DEPTH = 12
_TRANSPARENT = frozenset(
    {
        "parenthesized_expression",
        "as_expression",
        "satisfies_expression",
        "non_null_expression",
        "type_assertion",
        "await_expression",
    }
)
_PASS_METHODS = frozenset({"trim", "trimStart", "trimEnd", "toString", "normalize"})
_TEMPLATE_TAGS = frozenset({"dedent", "stripIndent", "stripIndents", "outdent", "raw", "sql", "html", "md"})
_ENV_ROOTS = ("process.env", "import.meta.env", "Deno.env", "Bun.env")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "`": "`", "\\": "\\", "$": "$"}


@dataclass
class Text:
    """Folded text: literal fragments, the number of unknown placeholders, and how it was obtained."""

    parts: list[str] = field(default_factory=list)
    holes: int = 0
    via: set[str] = field(default_factory=set)  # constant | template | env | setting | default | file
    env_name: str | None = None  # the environment variable (or editor setting key) read
    reason: str | None = None  # why a value is unknown, when it is worth saying

    @property
    def value(self) -> str:
        return "".join(self.parts)

    def add(self, other: Text) -> None:
        self.parts.extend(other.parts)
        self.holes += other.holes
        self.via |= other.via
        self.env_name = self.env_name or other.env_name
        self.reason = self.reason or other.reason


def hole(via: set[str] | None = None) -> Text:
    return Text([], 1, set(via or ()))


@dataclass
class Evaluator:
    """Folds expressions of one file; ``read_file`` returns a prompt file's text or None (outside the repo)."""

    index: FileIndex
    read_file: Any = None  # Callable[[Any, Any], str | None]: (call node, path node) → content
    modules: Any = None  # ModuleConstants | None: constants imported from sibling modules
    arguments: Any = None  # factories.Arguments | None: a helper's parameters bound to what its caller passes

    def text(self, node: Any, depth: int = 0) -> Text:
        if node is None or depth > MAX_DEPTH:
            return hole()
        kind = node.type
        if kind == "string":
            return Text([string_value(node) or ""])
        if kind == "template_string":
            return self._template(node, depth)
        if kind in _TRANSPARENT:
            inner = node.named_children[0] if node.named_children else None
            return self.text(inner, depth + 1)
        if kind in ("identifier", "shorthand_property_identifier"):
            return self._identifier(node, depth)
        if kind == "member_expression":
            return self._member(node, depth)
        if kind == "subscript_expression" and text_of(node).startswith(_ENV_ROOTS):  # process.env["MODEL"]
            index = self.text(node.child_by_field_name("index"), depth + 1)
            return Text([], 1, {"env"}, env_name=index.value or None)
        if kind == "binary_expression":
            return self._binary(node, depth)
        if kind == "ternary_expression":
            return self._first_known(
                node.child_by_field_name("consequence"), node.child_by_field_name("alternative"), depth
            )
        if kind == "call_expression":
            return self._call(node, depth)
        if kind in ("number", "true", "false"):
            return Text([text_of(node)])
        return hole()

    def _template(self, node: Any, depth: int) -> Text:
        out = Text()
        for part in node.named_children:
            if part.type == "string_fragment":
                out.parts.append(text_of(part))
            elif part.type == "escape_sequence":
                raw = text_of(part)
                out.parts.append(_ESCAPES.get(raw[1:2], raw[1:]))
            elif part.type == "template_substitution":
                inner = part.named_children[0] if part.named_children else None
                out.add(self.text(inner, depth + 1))
                out.via.add("template")
        return out

    def _identifier(self, node: Any, depth: int) -> Text:
        binding = self.index.resolve(node)
        passed = self.arguments.passed(node) if isinstance(binding, Param) and self.arguments is not None else None
        if passed is not None:  # `getModelConfig("gpt-4o")` → `{ model }` inside the helper is "gpt-4o"
            return passed[0].text(passed[1], depth + 1)  # type: ignore[no-any-return]
        if isinstance(binding, Decl) and binding.value is not None:
            out = self.text(binding.value, depth + 1)
            out.via.add("constant")
            return out
        if isinstance(binding, Param) and binding.default is not None:
            out = self.text(binding.default, depth + 1)
            out.via.add("default")
            return out
        foreign = self.foreign(binding)
        if foreign is not None:
            out = foreign[0].text(foreign[1], depth + 1)
            out.via.add("constant")
            return out
        return hole()

    def foreign(self, binding: Any) -> tuple[Evaluator, Any] | None:
        """(evaluator of the imported module, the constant's value node) for `import { X } from "./m"`."""
        if not isinstance(binding, Import) or self.modules is None:
            return None
        found = self.modules.declaration(binding.module, binding.name)
        if found is None:
            return None
        index, value, paths = found
        return Evaluator(index, None, self.modules.for_module(paths)), value

    def _member(self, node: Any, depth: int) -> Text:
        source = text_of(node)
        if source.startswith(_ENV_ROOTS):
            return Text([], 1, {"env"}, env_name=source.split(".")[-1])
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is None or prop is None:
            return hole()
        if obj.type == "this":
            return self._this_field(node, depth)
        owner: Evaluator = self
        foreign = self.foreign(self.index.resolve(obj)) if obj.type == "identifier" else None
        if foreign is not None:
            owner, obj = foreign
        target = owner.object_pairs(obj, depth + 1).get(text_of(prop))
        if target is None:
            return hole()
        out = owner.text(target, depth + 1)
        out.via.add("constant")
        return out

    def _this_field(self, node: Any, depth: int) -> Text:
        found = this_field(node, self.index)
        if found is None or found.node is None:
            why = f"subclasses set different values: {', '.join(found.conflicting)}" if found is not None else None
            return Text([], 1, reason=why)
        out = self.text(found.node, depth + 1)
        out.via.add("constant")
        return out

    def _binary(self, node: Any, depth: int) -> Text:
        operator = text_of(node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator == "+":
            out = self.text(left, depth + 1)
            out.add(self.text(right, depth + 1))
            return out
        if operator in ("??", "||"):
            first = self.text(left, depth + 1)
            if first.holes == 0 and first.parts:
                return first
            fallback = self.text(right, depth + 1)
            fallback.via |= first.via | {"default"}
            fallback.env_name = first.env_name
            return fallback
        return hole()

    def _first_known(self, first: Any, second: Any, depth: int) -> Text:
        chosen = self.text(first, depth + 1)
        return chosen if chosen.holes == 0 else self.text(second, depth + 1)

    def _call(self, node: Any, depth: int) -> Text:
        func, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if args is not None and args.type == "template_string":  # dedent`...`, String.raw`...`
            if func is not None and text_of(func).split(".")[-1] in _TEMPLATE_TAGS:
                return self.text(args, depth + 1)
            return hole()
        name = text_of(func).split(".")[-1] if func is not None else ""
        arg_nodes = args.named_children if args is not None else []
        if text_of(func) == "Deno.env.get" and arg_nodes:  # Deno.env.get("MODEL") ?? "gpt-4o"
            return Text([], 1, {"env"}, env_name=self.text(arg_nodes[0], depth + 1).value or None)
        if name == "get" and arg_nodes and func is not None and self._is_settings(func.child_by_field_name("object")):
            return self._setting(arg_nodes, depth)
        if name in ("readFileSync", "readFile") and arg_nodes and self.read_file is not None:
            return self._file(node, arg_nodes[0], depth)
        if func is not None and func.type == "member_expression":
            obj = func.child_by_field_name("object")
            if name in _PASS_METHODS:
                return self.text(obj, depth + 1)
            if name == "join" and obj is not None:
                return self._join(obj, arg_nodes, depth)
        if name in _TEMPLATE_TAGS and arg_nodes:
            return self.text(arg_nodes[0], depth + 1)
        return hole()

    def _is_settings(self, obj: Any) -> bool:
        """``vscode.workspace.getConfiguration("x")``, directly or through a ``const`` bound to it."""
        if obj is not None and obj.type == "identifier":
            binding = self.index.resolve(obj)
            obj = binding.value if isinstance(binding, Decl) else None
        func = obj.child_by_field_name("function") if obj is not None and obj.type == "call_expression" else None
        return func is not None and text_of(func).split(".")[-1] == "getConfiguration"

    def _setting(self, args: list[Any], depth: int) -> Text:
        """``config.get("model", "gpt-4o")``: the default, like an environment variable's (the key in ``env_name``)."""
        key = self.text(args[0], depth + 1).value or None
        out = self.text(args[1], depth + 1) if len(args) > 1 else Text([], 1)
        out.via.add("setting")
        out.env_name = key
        return out

    def _join(self, array: Any, args: list[Any], depth: int) -> Text:
        array = self.deref(array, depth)
        if array is None or array.type != "array":
            return hole()
        separator = self.text(args[0], depth + 1).value if args else ","
        out = Text()
        for i, item in enumerate(array.named_children):
            if i:
                out.parts.append(separator)
            out.add(self.text(item, depth + 1))
        return out

    def _file(self, call: Any, path_node: Any, depth: int) -> Text:
        content = self.read_file(call, path_node)
        return Text([content], 0, {"file"}) if content is not None else hole({"file"})

    def deref(self, node: Any, depth: int = 0) -> Any:
        """Follow identifiers and wrappers to the expression they stand for (or None)."""
        while node is not None and depth <= MAX_DEPTH:
            depth += 1
            if node.type in _TRANSPARENT:
                node = node.named_children[0] if node.named_children else None
            elif node.type in ("identifier", "shorthand_property_identifier"):
                binding = self.index.resolve(node)
                node = binding.value if isinstance(binding, Decl) else None
            elif node.type == "member_expression" and getattr(node.child_by_field_name("object"), "type", "") == "this":
                found = this_field(node, self.index)
                node = found.node if found is not None else None
            elif node.type == "member_expression" and node.child_by_field_name("object") is not None:
                prop = text_of(node.child_by_field_name("property"))
                node = self.object_pairs(node.child_by_field_name("object"), depth).get(prop)
            else:
                return node
        return None

    def object_pairs(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """Key → value node of an object literal (following identifiers and `...spread` of known objects)."""
        obj = self.deref(node, depth)
        pairs: dict[str, Any] = {}
        if obj is not None and obj.type == "call_expression" and depth <= MAX_DEPTH:  # body: JSON.stringify(payload)
            args = obj.child_by_field_name("arguments")
            if text_of(obj.child_by_field_name("function")) == "JSON.stringify" and args and args.named_children:
                return self.object_pairs(args.named_children[0], depth + 1)
        if obj is None or obj.type != "object" or depth > MAX_DEPTH:
            return pairs
        for item in obj.named_children:
            if item.type == "pair":
                key = item.child_by_field_name("key")
                key_text = string_value(key) if key is not None and key.type == "string" else text_of(key)
                pairs[key_text or ""] = item.child_by_field_name("value")
            elif item.type == "shorthand_property_identifier":
                pairs[text_of(item)] = item
            elif item.type == "spread_element" and item.named_children:
                pairs.update(self.object_pairs(item.named_children[0], depth + 1))
        return pairs
