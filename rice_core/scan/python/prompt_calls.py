"""Prompt text of call expressions: string methods, dedent, file reads, LangChain and Jinja templates, message
classes (``HumanMessage``, ``ChatMessage``, ``types.Content``/``Part``)."""

from __future__ import annotations

import ast

from rice_core.scan.python.prompts import (
    DEDENT,
    JINJA_TEMPLATE,
    LC_TEMPLATES,
    UNKNOWN,
    PromptEvaluator,
    Text,
    concat,
    dedent,
    finalize,
    merge,
    qual_of,
    templatize,
)
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import binding_of, dict_items, resolve_str

_PASS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "title", "capitalize", "replace", "encode", "decode"})
_OPENERS = frozenset({"open", "io.open", "codecs.open", "builtins.open"})
_LC_FILL = frozenset({"format", "format_messages", "format_prompt", "invoke", "ainvoke", "partial"})


def call_text(ev: PromptEvaluator, node: ast.Call, scope: Scope, depth: int) -> Text:
    func = node.func
    if isinstance(func, ast.Attribute):
        found = _method(ev, node, func, scope, depth)
        if found is not None:
            return found
    name = qual_of(func, scope)
    short = name.rpartition(".")[2]
    first = node.args[0] if node.args else None
    if name in DEDENT and first is not None:
        return dedent(ev.text(first, scope, depth + 1))
    if name in JINJA_TEMPLATE or (short == "Template" and "jinja" in name):
        return _pending(ev.text(first or _kw(node, "source"), scope, depth + 1), "jinja")
    if short in LC_TEMPLATES:
        return _lc_template(ev, node, scope, depth)
    if short == "str" and first is not None:
        return ev.text(first, scope, depth + 1)
    if name in ("json.dumps", "orjson.dumps", "ujson.dumps") and isinstance(first, (ast.Dict, ast.Name)):
        return _request_body(ev, first, scope, depth)
    if short == "MessagesPlaceholder":
        return UNKNOWN
    if short.endswith("Message") or short in ("Content", "Part", "dict"):
        content = _kw(node, "content") or _kw(node, "text") or _kw(node, "parts") or _first_text_arg(node)
        return ev.text(content, scope, depth + 1) if content is not None else Text()
    return UNKNOWN


_BODY_PROMPT_KEYS = ("system", "messages", "prompt", "inputText", "input", "contents")


def _request_body(ev: PromptEvaluator, node: ast.expr, scope: Scope, depth: int) -> Text:
    """The prompt inside a JSON request body (Bedrock ``invoke_model(body=json.dumps({...}))``)."""
    items = dict_items(node, scope) or {}
    texts = [finalize(ev.text(items[k], scope, depth + 1)) for k in _BODY_PROMPT_KEYS if k in items]
    return merge(texts) if texts else UNKNOWN


def _kw(node: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == name), None)


def _first_text_arg(node: ast.Call) -> ast.expr | None:
    return node.args[-1] if node.args else None


def _pending(text: Text, style: str) -> Text:
    return Text(
        parts=text.parts,
        placeholders=text.placeholders,
        unknown=text.unknown,
        files=text.files,
        messages=text.messages,
        template=style,
    )


def _style(node: ast.Call) -> str:
    fmt = _kw(node, "template_format")
    return "jinja" if isinstance(fmt, ast.Constant) and fmt.value == "jinja2" else "format"


def _lc_template(ev: PromptEvaluator, node: ast.Call, scope: Scope, depth: int) -> Text:
    source = _kw(node, "template") or _kw(node, "messages") or (node.args[0] if node.args else None)
    return _pending(ev.text(source, scope, depth + 1), _style(node)) if source is not None else UNKNOWN


def _values(ev: PromptEvaluator, node: ast.Call, scope: Scope, depth: int, positional: bool = False) -> dict[str, Text]:
    """Template values of a fill call: keywords, plus positional values (str.format) or a dict (LangChain)."""
    items: dict[str, ast.expr] = {k.arg: k.value for k in node.keywords if k.arg}
    for keyword in node.keywords:
        if keyword.arg is None:  # **values
            items.update(dict_items(keyword.value, scope) or {})
    if positional:
        items.update({str(i): arg for i, arg in enumerate(node.args)})
    elif node.args:
        items.update(dict_items(node.args[0], scope) or {})
    return {k: ev.text(v, scope, depth + 1) for k, v in items.items()}


def _method(ev: PromptEvaluator, node: ast.Call, func: ast.Attribute, scope: Scope, depth: int) -> Text | None:
    attr, receiver = func.attr, func.value
    if attr == "format" or attr in _LC_FILL and _is_template(ev, receiver, scope, depth):
        base = ev.text(receiver, scope, depth + 1)
        return templatize(base, base.template or "format", _values(ev, node, scope, depth, not base.template))
    if attr in _PASS:
        return ev.text(receiver, scope, depth + 1)
    if attr == "join" and node.args:
        return _join(ev, receiver, node.args[0], scope, depth)
    if attr == "read" and not node.args:
        path = opened_path(receiver, scope)
        return ev.read_file(path, scope) if path is not None else UNKNOWN
    if attr == "read_text":
        return ev.read_file(receiver, scope)
    if (
        attr in ("from_template", "from_messages", "from_file")
        and qual_of(receiver, scope).rpartition(".")[2] in LC_TEMPLATES
    ):
        source = node.args[0] if node.args else _kw(node, "template") or _kw(node, "messages")
        if attr == "from_file":
            return _pending(ev.read_file(source, scope, "format"), "")
        return _pending(ev.text(source, scope, depth + 1), _style(node))
    if attr == "render":
        return _render(ev, node, receiver, scope, depth)
    if attr == "get_template":
        return _jinja_file(ev, node, receiver, scope)
    return None


def _is_template(ev: PromptEvaluator, receiver: ast.expr, scope: Scope, depth: int) -> bool:
    return bool(ev.text(receiver, scope, depth + 1).template)


def _join(ev: PromptEvaluator, sep_node: ast.expr, items_node: ast.expr, scope: Scope, depth: int) -> Text:
    sep = ev.text(sep_node, scope, depth + 1).literal
    items = ev.text(items_node, scope, depth + 1)
    if not items.messages:
        return concat([items])
    return Text((sep.join(items.parts),), items.placeholders + items.unknown, 0, items.files)


def opened_path(receiver: ast.expr, scope: Scope) -> ast.expr | None:
    """The path expression of ``open(path)`` (or a name bound to it, e.g. by ``with``), else None."""
    target: ast.AST | None = receiver
    inner_scope = scope
    if isinstance(receiver, ast.Name):
        binding = binding_of(receiver, scope)
        target = binding.value if binding is not None and binding.kind in ("with", "assign") else None
        inner_scope = binding.scope if binding is not None and binding.scope is not None else scope
    if not isinstance(target, ast.Call):
        return None
    if isinstance(target.func, ast.Attribute) and target.func.attr == "open":
        return target.func.value if qual_of(target.func.value, inner_scope) not in ("io", "codecs") else _arg0(target)
    return _arg0(target) if qual_of(target.func, inner_scope) in _OPENERS else None


def _arg0(call: ast.Call) -> ast.expr | None:
    return call.args[0] if call.args else _kw(call, "file")


def _render(ev: PromptEvaluator, node: ast.Call, receiver: ast.expr, scope: Scope, depth: int) -> Text:
    base = ev.text(receiver, scope, depth + 1)
    return templatize(base, base.template or "jinja", _values(ev, node, scope, depth))


def _jinja_file(ev: PromptEvaluator, node: ast.Call, receiver: ast.expr, scope: Scope) -> Text:
    name = resolve_str(node.args[0] if node.args else None, scope).value
    folder = _loader_folder(receiver, scope)
    if name is None:
        return UNKNOWN
    path = ast.Constant(f"{folder}/{name}" if folder else name)
    found = ev.read_file(path, scope, "jinja")
    return _pending(found, "") if found.parts else UNKNOWN


def _loader_folder(receiver: ast.expr, scope: Scope) -> str | None:
    binding = binding_of(receiver, scope) if isinstance(receiver, (ast.Name, ast.Attribute)) else None
    env = binding.value if binding is not None else None
    if not isinstance(env, ast.Call):
        return None
    loader = _kw(env, "loader") or (env.args[0] if env.args else None)
    if isinstance(loader, ast.Call) and loader.args:
        return resolve_str(loader.args[0], binding.scope or scope).value  # type: ignore[union-attr]
    return None


__all__ = ["call_text", "finalize"]
