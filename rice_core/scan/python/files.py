"""Prompt files read by the analysed code (``open(p).read()``, ``Path(p).read_text()``): resolve the path
statically and read it only when it lies inside the repository root. Never follows a path outside the root."""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field

from rice_core.safeio import read_regular_bytes
from rice_core.scan.python.infer import Qual, infer
from rice_core.scan.python.scopes import Scope

MAX_PROMPT_FILE_BYTES = 1_000_000
_JOINERS = frozenset({"os.path.join", "pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "posixpath.join"})
_IDENTITY = frozenset({"os.path.abspath", "os.path.realpath", "os.path.normpath", "os.fspath", "str"})


@dataclass(frozen=True)
class FileContext:
    """Where the analysed file lives: absolute path (None for in-memory text) and the repository root."""

    file_abs: str | None
    root: str | None
    deps: set[str] = field(default_factory=set, compare=False, hash=False)  # files read while scanning

    @property
    def base_dirs(self) -> tuple[str, ...]:
        dirs = [os.path.dirname(self.file_abs)] if self.file_abs else []
        if self.root:
            dirs.append(self.root)
        return tuple(dirs)


def eval_path(node: ast.expr | None, scope: Scope, ctx: FileContext, depth: int = 0) -> str | None:
    """A path expression as a string (absolute when anchored on ``__file__``), or None when not static."""
    if node is None or depth > 10:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return ctx.file_abs if node.id == "__file__" else _from_binding(node, scope, ctx, depth)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return _join([eval_path(node.left, scope, ctx, depth + 1), eval_path(node.right, scope, ctx, depth + 1)])
    if isinstance(node, ast.Attribute) and node.attr == "parent":
        inner = eval_path(node.value, scope, ctx, depth + 1)
        return os.path.dirname(inner) if inner else None
    if isinstance(node, ast.Call):
        return _call_path(node, scope, ctx, depth)
    return None


def _from_binding(node: ast.Name, scope: Scope, ctx: FileContext, depth: int) -> str | None:
    from rice_core.scan.python.values import binding_of

    binding = binding_of(node, scope)
    if binding is None or binding.scope is None or binding.kind not in ("assign", "param"):
        return None
    return eval_path(binding.value, binding.scope, ctx, depth + 1)  # type: ignore[arg-type]


def _call_path(node: ast.Call, scope: Scope, ctx: FileContext, depth: int) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("resolve", "absolute", "expanduser") and not node.args:
        return eval_path(func.value, scope, ctx, depth + 1)
    if isinstance(func, ast.Attribute) and func.attr == "joinpath":
        return _join([eval_path(x, scope, ctx, depth + 1) for x in (func.value, *node.args)])
    target = infer(func, scope)
    path = target.path if isinstance(target, Qual) else func.id if isinstance(func, ast.Name) else ""
    if path in _JOINERS or path.endswith(".Path"):
        return _join([eval_path(x, scope, ctx, depth + 1) for x in node.args]) if node.args else None
    if path == "os.path.dirname" and node.args:
        inner = eval_path(node.args[0], scope, ctx, depth + 1)
        return os.path.dirname(inner) if inner else None
    if path in _IDENTITY and node.args:
        return eval_path(node.args[0], scope, ctx, depth + 1)
    return None


def _join(parts: list[str | None]) -> str | None:
    if not parts or any(p is None for p in parts):
        return None
    return os.path.join(*parts)  # type: ignore[arg-type]


def inside(path: str, root: str) -> bool:
    real, base = os.path.realpath(path), os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def read_repo_file(path: str, ctx: FileContext) -> tuple[str, str] | None:
    """(absolute path, text) of a prompt file inside the root; None when outside, missing, too big or binary."""
    if ctx.root is None:
        return None
    candidates = [path] if os.path.isabs(path) else [os.path.join(d, path) for d in ctx.base_dirs]
    for candidate in candidates:
        if not inside(candidate, ctx.root) or not os.path.isfile(candidate):
            continue
        try:  # a regular file only, never more than the limit (a FIFO or /dev/zero cannot hang the scan)
            text = read_regular_bytes(candidate, MAX_PROMPT_FILE_BYTES).decode("utf-8")
            ctx.deps.add(os.path.realpath(candidate))
            return os.path.realpath(candidate), text
        except (OSError, UnicodeDecodeError):
            return None
    return None
