"""Defaults that command-line decorators give a function's parameters: ``@click.option("--model", default="X")``
on ``def main(model: str)`` binds ``model`` to ``"X"`` (click, cloup, rich-click and alike: any decorator call
named ``option`` or ``argument``)."""

from __future__ import annotations

import ast

from rice_core.scan.python.args import keyword

_DECORATORS = frozenset({"option", "argument"})


def _decorator_name(node: ast.expr) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def option_param_name(call: ast.Call) -> str | None:
    """The Python parameter an option declares: a bare name (``"llm_model"``) wins, else the first long flag
    (``--max-tokens`` → ``max_tokens``), else the first short one."""
    names = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    bare = [n for n in names if n.isidentifier()]
    longs = [n for n in names if n.startswith("--")]
    chosen = bare or longs or [n for n in names if n.startswith("-")]
    if not chosen:
        return None
    return chosen[0].lstrip("-").replace("-", "_").lower()


def decorator_defaults(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> dict[str, ast.expr]:
    """Parameter name → the ``default=`` its ``@x.option(...)`` / ``@x.argument(...)`` decorator gives."""
    out: dict[str, ast.expr] = {}
    for decorator in getattr(node, "decorator_list", ()):
        if not isinstance(decorator, ast.Call) or _decorator_name(decorator.func) not in _DECORATORS:
            continue
        default = keyword(decorator, "default")
        name = option_param_name(decorator)
        if default is not None and name is not None:
            out.setdefault(name, default)
    return out
