"""Prompts kept in data files inside the repository: ``yaml.safe_load(open("prompts.yaml"))["summarize"]``,
``json.load``, ``tomllib.load`` — the file is read (inside the root only) and constant keys are followed."""

from __future__ import annotations

import ast
import json
from typing import Any

import yaml

from rice_core.scan.python.prompts import PromptEvaluator, Text, qual_of
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import binding_of, resolve_int, resolve_str

LOADERS = frozenset(
    {
        "yaml.safe_load",
        "yaml.load",
        "yaml.full_load",
        "json.load",
        "json.loads",
        "tomllib.load",
        "tomllib.loads",
        "tomli.load",
        "tomli.loads",
    }
)
MAX_DEPTH = 8
_MISSING = object()


def _parse(content: str, loader: str) -> Any:
    try:
        if loader.startswith(("tomllib", "tomli")):
            import tomllib

            return tomllib.loads(content)
        if loader.startswith("json"):
            return json.loads(content)
        return yaml.load(content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # a safe loader
    except Exception:  # noqa: BLE001 - a malformed data file is simply not a static prompt
        return _MISSING


def _loaded(ev: PromptEvaluator, node: ast.Call, scope: Scope) -> tuple[Any, str] | None:
    from rice_core.scan.python.prompt_calls import opened_path

    source = node.args[0] if node.args else None
    if source is None:
        return None
    path = opened_path(source, scope)
    text = ev.read_file(path, scope) if path is not None else ev.text(source, scope)
    if not text.files or len(text.parts) != 1:
        return None
    data = _parse(text.parts[0], qual_of(node.func, scope))
    return None if data is _MISSING else (data, text.files[0])


def data_of(ev: PromptEvaluator, node: ast.expr, scope: Scope, depth: int = 0) -> tuple[Any, str] | None:
    """(parsed data, file) behind a loader call, a name bound to one, or constant subscripts of either."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(node, ast.Call) and qual_of(node.func, scope) in LOADERS:
        return _loaded(ev, node, scope)
    if isinstance(node, (ast.Name, ast.Attribute)):
        binding = binding_of(node, scope)
        if binding is not None and binding.kind == "assign" and isinstance(binding.value, ast.expr) and binding.scope:
            return data_of(ev, binding.value, binding.scope, depth + 1)
        return None
    if isinstance(node, ast.Subscript):
        base = data_of(ev, node.value, scope, depth + 1)
        key: Any = resolve_str(node.slice, scope).value
        key = resolve_int(node.slice, scope) if key is None else key
        if base is None or key is None:
            return None
        data, path = base
        try:
            return data[key], path
        except (KeyError, IndexError, TypeError):
            return None
    return None


def data_text(ev: PromptEvaluator, node: ast.Subscript, scope: Scope) -> Text | None:
    """Prompt text (a string, or a list of chat messages) found in a data file, or None."""
    found = data_of(ev, node, scope)
    if found is None:
        return None
    value, path = found
    if isinstance(value, str):
        return Text((value,), files=(path,))
    if isinstance(value, list) and all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in value):
        return Text(tuple(m["content"] for m in value), files=(path,), messages=len(value))
    return None
