"""Local models run through a command line: ``subprocess.run(["ollama", "run", model], input=prompt.encode())`` or
``["ollama", "run", model, prompt]``. One run with a prompt is one generation on the user's machine; ``ollama pull``
/ ``list`` / ``serve``, or a ``run`` with no prompt (an interactive session), is not a call. The match reuses the
raw-HTTP shape: a body ``{"model": ..., "prompt": ...}`` made of the command's own argument nodes."""

from __future__ import annotations

import ast

from rice_core.scan.python.args import argument
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import resolve_str

RUNNERS = frozenset({"run", "Popen", "check_output", "call", "check_call", "create_subprocess_exec"})


def ollama_cli_body(node: ast.Call, scope: Scope) -> ast.Dict | None:
    """The ``{"model", "prompt"}`` of an ``ollama run`` command with a prompt, else None."""
    exec_form = isinstance(node.func, ast.Attribute) and node.func.attr == "create_subprocess_exec"
    words = list(node.args) if exec_form else _words(argument(node, ("args", 0)), scope)
    if len(words) < 3 or _word(words[0], scope) != "ollama" or _word(words[1], scope) != "run":
        return None
    stdin = argument(node, ("input",))
    prompt = words[3] if len(words) > 3 else _decoded(stdin) if stdin is not None else None
    if prompt is None:
        return None
    body = ast.Dict(keys=[ast.Constant("model"), ast.Constant("prompt")], values=[words[2], prompt])
    return ast.copy_location(body, node)


def _words(arg: ast.expr | None, scope: Scope) -> list[ast.expr]:
    if isinstance(arg, ast.Name):
        from rice_core.scan.python.values import binding_of

        binding = binding_of(arg, scope)
        arg = binding.value if binding is not None and binding.kind == "assign" else None  # type: ignore[assignment]
    return list(arg.elts) if isinstance(arg, (ast.List, ast.Tuple)) else []


def _word(node: ast.expr, scope: Scope) -> str | None:
    value = resolve_str(node, scope).value
    return value.rsplit("/", 1)[-1] if value else None  # "/usr/local/bin/ollama"


def _decoded(expr: ast.expr) -> ast.expr:
    """``prompt.encode("utf-8")`` → ``prompt``."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "encode":
        return expr.func.value
    return expr
