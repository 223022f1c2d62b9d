"""Prompt resolution: evaluate a prompt expression to literal text plus counted placeholders, statically.

Handles message lists (dicts, tuples, message classes), constants, implicit concatenation, f-strings, ``.format``
and ``%`` templates, ``textwrap.dedent``, ``"".join``, LangChain prompt templates, Jinja templates and prompt files
inside the repository. Unknown values become placeholders (inside templates) or unknown parts (whole values).
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass, replace

from rice_core.scan.python.files import FileContext, eval_path, read_repo_file
from rice_core.scan.python.fillers import describe_hole
from rice_core.scan.python.infer import Qual, infer
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.templates import segments_of
from rice_core.scan.python.values import binding_of, dict_items
from rice_core.workload.placeholders import Hole

MAX_DEPTH = 14
_CONTENT_KEYS = ("content", "text", "parts", "message", "prompt")
_LC_TEMPLATES = frozenset(
    {
        "PromptTemplate",
        "ChatPromptTemplate",
        "SystemMessagePromptTemplate",
        "HumanMessagePromptTemplate",
        "AIMessagePromptTemplate",
        "FewShotPromptTemplate",
    }
)
_DEDENT = frozenset({"textwrap.dedent", "inspect.cleandoc"})
_JINJA_TEMPLATE = frozenset({"jinja2.Template", "jinja2.environment.Template"})


@dataclass(frozen=True)
class Text:
    parts: tuple[str, ...] = ()  # literal text, one entry per message
    placeholders: int = 0  # template holes
    unknown: int = 0  # whole values that are not static
    files: tuple[str, ...] = ()  # prompt files read
    messages: int = 0  # >0 when the prompt is a chat message list
    template: str = ""  # pending template style ("format", "jinja") until values are known
    found: tuple[Hole, ...] = ()  # what the code says of (some of) the placeholders/unknowns, for sizing

    @property
    def literal(self) -> str:
        return "".join(self.parts)

    def holes(self) -> Text:
        """Inside a template an unknown value is one placeholder."""
        return replace(self, placeholders=self.placeholders + self.unknown, unknown=0)


UNKNOWN = Text(unknown=1)


def finalize(text: Text) -> Text:
    """Apply a pending template interpretation with no values given."""
    return templatize(text, text.template) if text.template else text


def merge(items: list[Text], as_messages: bool = False) -> Text:
    items = [finalize(t) for t in items]
    return Text(
        parts=tuple(p for t in items for p in (t.parts if as_messages else (t.literal,) if t.parts else ())),
        placeholders=sum(t.placeholders for t in items),
        unknown=sum(t.unknown for t in items),
        files=tuple(f for t in items for f in t.files),
        messages=len(items) if as_messages else sum(t.messages for t in items),
        found=tuple(h for t in items for h in t.found),
    )


def concat(items: list[Text]) -> Text:
    return replace(merge([finalize(t).holes() for t in items]), messages=0)


def templatize(text: Text, style: str, values: dict[str, Text] | None = None) -> Text:
    """Interpret literal parts as a template: substitute known values in place, count the rest as placeholders."""
    parts: list[str] = []
    placeholders, unknown, files = text.placeholders, text.unknown, list(text.files)
    found = list(text.found)
    for part in text.parts:
        out: list[str] = []
        for literal, name in segments_of(part, style):
            out.append(literal)
            if name is None:
                continue
            given = (values or {}).get(name)
            if given is None:
                placeholders += 1
                found.append(Hole(name))
                continue
            given = finalize(given).holes()
            out.append(given.literal)
            placeholders += given.placeholders
            files += given.files
            found += _named(given, name)
        parts.append("".join(out))
    return Text(
        parts=tuple(parts),
        placeholders=placeholders,
        unknown=unknown,
        files=tuple(files),
        messages=text.messages,
        template="",
        found=tuple(found),
    )


def _named(given: Text, name: str) -> list[Hole]:
    """The holes a template field's value brings, named after the field (what fills them is kept)."""
    holes = [replace(h, name=name) for h in given.found]  # the template's field names the placeholder
    return holes + [Hole(name)] * max(0, given.placeholders - len(holes))


class PromptEvaluator:
    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx

    def text(self, node: ast.AST | None, scope: Scope, depth: int = 0) -> Text:
        """``_text``, plus what the code says fills a value that is not static (issue 16: sized by meaning)."""
        found = self._text(node, scope, depth)
        if node is None or found.unknown + found.placeholders != 1 or found.literal.strip():
            return found
        if not found.found:
            hole = describe_hole(node, scope)
            return replace(found, found=(hole,)) if hole is not None else found
        if isinstance(node, (ast.Name, ast.Attribute)):  # the variable's name is the placeholder's
            return replace(found, found=(replace(found.found[0], name=_node_name(node)),))
        return found

    def _text(self, node: ast.AST | None, scope: Scope, depth: int = 0) -> Text:
        if node is None or depth > MAX_DEPTH:
            return UNKNOWN
        if isinstance(node, ast.Constant):
            return (
                Text((node.value,))
                if isinstance(node.value, str)
                else Text((str(node.value),))
                if node.value is not None
                else Text()
            )
        if isinstance(node, ast.JoinedStr):
            return self._fstring(node, scope, depth)
        if isinstance(node, ast.BinOp):
            return self._binop(node, scope, depth)
        if isinstance(node, (ast.Name, ast.Attribute)):
            return self._name(node, scope, depth)
        if isinstance(node, (ast.List, ast.Tuple)):
            return self._sequence(node.elts, scope, depth)
        if isinstance(node, ast.Dict):
            return self._message_dict(node, scope, depth)
        if isinstance(node, ast.Call):
            return self._call(node, scope, depth)
        if isinstance(node, ast.IfExp):
            return self.text(node.body, scope, depth + 1)
        if isinstance(node, ast.Await):
            return self.text(node.value, scope, depth + 1)
        if isinstance(node, ast.Subscript):
            return self._subscript(node, scope, depth)
        return UNKNOWN

    def _fstring(self, node: ast.JoinedStr, scope: Scope, depth: int) -> Text:
        pieces = []
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                pieces.append(self.text(value.value, scope, depth + 1).holes())
            else:
                pieces.append(self.text(value, scope, depth + 1))
        return concat(pieces)

    def _binop(self, node: ast.BinOp, scope: Scope, depth: int) -> Text:
        left = self.text(node.left, scope, depth + 1)
        if isinstance(node.op, ast.Add):
            right = self.text(node.right, scope, depth + 1)
            if left.messages and right.messages:  # list + list of messages
                left, right = finalize(left), finalize(right)
                return Text(
                    left.parts + right.parts,
                    left.placeholders + right.placeholders,
                    left.unknown + right.unknown,
                    left.files + right.files,
                    left.messages + right.messages,
                    found=left.found + right.found,
                )
            return concat([left, right])
        if isinstance(node.op, ast.Mod) and left.parts:
            values = self._percent_values(node.right, scope, depth)
            return templatize(finalize(left), "percent", values)
        return UNKNOWN

    def _percent_values(self, node: ast.expr, scope: Scope, depth: int) -> dict[str, Text]:
        items = dict_items(node, scope) if isinstance(node, (ast.Dict, ast.Name)) else None
        if items:
            return {k: self.text(v, scope, depth + 1) for k, v in items.items()}
        elts = node.elts if isinstance(node, ast.Tuple) else [node]
        return {f"%{i}": concat([self.text(e, scope, depth + 1)]) for i, e in enumerate(elts)}

    def _name(self, node: ast.Name | ast.Attribute, scope: Scope, depth: int) -> Text:
        binding = binding_of(node, scope)
        if binding is None or binding.scope is None:
            return UNKNOWN
        if binding.kind == "param":
            return self.text(binding.value, binding.scope, depth + 1) if binding.value is not None else UNKNOWN
        if binding.kind not in ("assign", "with"):
            return UNKNOWN
        base = self.text(binding.value, binding.scope, depth + 1)
        if isinstance(node, ast.Name):
            is_list = isinstance(binding.value, (ast.List, ast.Tuple))
            base = self._with_appends(base, node, binding.line, binding.scope, depth, is_list)
            base = self._with_augadds(base, node, binding.line, binding.scope, depth)
        return base

    def _with_appends(self, base: Text, node: ast.Name, since: int, scope: Scope, depth: int, is_list: bool) -> Text:
        added = [e for line, e in scope.appends.get(node.id, ()) if since < line < node.lineno]
        if not added or not (base.messages or is_list):
            return base
        base = finalize(base)
        extra = [self.text(e, scope, depth + 1) for e in added]
        return Text(
            base.parts + tuple(p for t in extra for p in ((t.literal,) if t.parts else ())),
            base.placeholders + sum(t.placeholders for t in extra),
            base.unknown + sum(t.unknown for t in extra),
            base.files,
            base.messages + len(extra),
            found=base.found + tuple(h for t in extra for h in t.found),
        )

    def _with_augadds(self, base: Text, node: ast.Name, since: int, scope: Scope, depth: int) -> Text:
        adds = [b for b in scope.bindings.get(node.id, ()) if b.kind == "augadd" and since < b.line < node.lineno]
        if not adds:
            return base
        return concat([base, *(self.text(b.value, scope, depth + 1) for b in adds)])

    def _sequence(self, elts: list[ast.expr], scope: Scope, depth: int) -> Text:
        items = []
        for elt in elts:
            if isinstance(elt, ast.Starred):
                items.append(self.text(elt, scope, depth + 1))  # unknown; the hook says what fills it
            elif isinstance(elt, ast.Tuple) and len(elt.elts) == 2:  # ("system", "You are ...")
                items.append(self.text(elt.elts[1], scope, depth + 1))
            else:
                items.append(self.text(elt, scope, depth + 1))
        return merge(items, as_messages=True)

    def _message_dict(self, node: ast.Dict, scope: Scope, depth: int) -> Text:
        items = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
        for key in _CONTENT_KEYS:
            if key in items:
                return self.text(items[key], scope, depth + 1)
        return Text() if "type" in items or "role" in items else UNKNOWN

    def _subscript(self, node: ast.Subscript, scope: Scope, depth: int) -> Text:
        from rice_core.scan.python.datafiles import data_text
        from rice_core.scan.python.values import resolve_str

        from_file = data_text(self, node, scope)
        if from_file is not None:
            return from_file
        container = dict_items(node.value, scope)
        key = resolve_str(node.slice, scope)
        if container is not None and key.value in container:
            return self.text(container[key.value], scope, depth + 1)  # type: ignore[index]
        return UNKNOWN

    def _call(self, node: ast.Call, scope: Scope, depth: int) -> Text:
        from rice_core.scan.python.prompt_calls import call_text

        return call_text(self, node, scope, depth)

    def read_file(self, path_node: ast.expr | None, scope: Scope, style: str = "") -> Text:
        path = eval_path(path_node, scope, self.ctx)
        found = read_repo_file(path, self.ctx) if path else None
        if found is None:
            return UNKNOWN
        abs_path, content = found
        text = Text((content,), files=(abs_path,))
        if style or abs_path.endswith((".j2", ".jinja", ".jinja2")):
            text = templatize(text, style or "jinja")
        return text


def _node_name(node: ast.Name | ast.Attribute) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr


def dedent(text: Text) -> Text:
    return replace(text, parts=tuple(textwrap.dedent(p) for p in text.parts))


def qual_of(node: ast.expr, scope: Scope) -> str:
    found = infer(node, scope)
    if isinstance(found, Qual):
        return found.path
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


LC_TEMPLATES = _LC_TEMPLATES
DEDENT = _DEDENT
JINJA_TEMPLATE = _JINJA_TEMPLATE
