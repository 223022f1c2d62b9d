"""Constants imported from the repository's own modules (``from .config import MODEL``, ``import settings`` then
``settings.MODEL``, ``from app.config import settings`` then ``settings.model``): the module file is found under the
root, parsed once (cached by path and mtime) and the name resolved there. Never executed; never outside the root."""

from __future__ import annotations

import ast
import contextlib
import functools
import os
from collections.abc import Iterator
from contextvars import ContextVar

from rice_core.safeio import read_regular_bytes
from rice_core.scan.reads import note
from rice_core.scan.python.files import FileContext, inside
from rice_core.scan.python.scopes import Binding, ModuleInfo, Scope, collect
from rice_core.scan.python.recovery import TooDeep, parse_recovering

MAX_MODULE_BYTES = 1_000_000
MAX_PARENT_DIRS = 6  # folders above the analysed file tried as import roots
# What one file's scan learnt about other modules (resolved imports, module files found): parsed modules are cached
# across scans by path and mtime, but what an import resolves to depends on other files too, so it lives per scan.
_SCAN: ContextVar[dict[object, object] | None] = ContextVar("rice_cross_module_scan", default=None)


@contextlib.contextmanager
def scan_session() -> Iterator[None]:
    """Memoise cross-module look-ups for the duration of one file's scan."""
    token = _SCAN.set({})
    try:
        yield
    finally:
        _SCAN.reset(token)


def session_memo() -> dict[object, object]:
    """This scan's memo (a throw-away one outside a scan: nothing is remembered then)."""
    found = _SCAN.get()
    return found if found is not None else {}


def candidates(qualname: str, ctx: FileContext) -> list[str]:
    """Files that may hold module ``qualname`` ("..config", "app.settings") for the analysed file."""
    dots = len(qualname) - len(qualname.lstrip("."))
    parts = [p for p in qualname.lstrip(".").split(".") if p]
    if dots and ctx.file_abs:
        base = os.path.dirname(ctx.file_abs)
        for _ in range(dots - 1):
            base = os.path.dirname(base)
        bases = [base]
    else:
        bases = [d for d in (ctx.root, os.path.join(ctx.root, "src") if ctx.root else None) if d]
        bases += _enclosing_dirs(ctx)
    out = []
    for base in bases:
        stem = os.path.join(base, *parts) if parts else base
        out += [stem + ".py", os.path.join(stem, "__init__.py")]
    return out


def _enclosing_dirs(ctx: FileContext) -> list[str]:
    """The file's folder and its parents below the root: a project inside a monorepo folder
    (``backend/app/routes/x.py`` importing ``app.llm``) is run from one of them."""
    if not ctx.file_abs or not ctx.root:
        return []
    out: list[str] = []
    prefix = ctx.root.rstrip(os.sep) + os.sep
    folder = os.path.dirname(ctx.file_abs)
    while len(out) < MAX_PARENT_DIRS and folder.startswith(prefix):
        out.append(folder)
        folder = os.path.dirname(folder)
    return out


@functools.lru_cache(maxsize=512)
def _load(path: str, mtime_ns: int, root: str) -> ModuleInfo | None:
    try:
        tree, _ = parse_recovering(read_regular_bytes(path, MAX_MODULE_BYTES).decode("utf-8"))
        info = collect(tree)
    except (OSError, UnicodeDecodeError, TooDeep, RecursionError, ValueError):
        return None
    info.module.file = FileContext(path, root)
    for node in ast.walk(tree):  # a literal of this module must never give a span in the file being scanned
        if isinstance(node, ast.Constant):
            node._rice_module = path  # type: ignore[attr-defined]
    return info


def in_other_module(node: ast.AST) -> bool:
    """Whether ``node`` comes from a module read for cross-module resolution (not from the scanned file)."""
    return getattr(node, "_rice_module", None) is not None


def module_scope(qualname: str, ctx: FileContext) -> Scope | None:
    """The module scope of a repository module, or None when it is not a file inside the root."""
    if ctx.root is None:
        return None
    memo = session_memo()
    key = ("module", qualname, ctx.file_abs)
    if key not in memo:
        memo[key] = _module_file(qualname, ctx)
    found = memo[key]
    return _dependency_scope(found, ctx) if isinstance(found, str) else None


def _module_file(qualname: str, ctx: FileContext) -> str | None:
    """The real path of the first candidate file inside the root."""
    for candidate in candidates(qualname, ctx):
        if os.path.isfile(candidate) and ctx.root is not None and inside(candidate, ctx.root):
            return os.path.realpath(candidate)
    return None


def absorb_reads(scope: Scope, module: Scope) -> None:
    """Files read while resolving in ``module`` (its own imports) become dependencies of the analysed file too."""
    while scope.parent is not None:
        scope = scope.parent
    mine, theirs = scope.file, module.file
    if isinstance(mine, FileContext) and isinstance(theirs, FileContext) and mine is not theirs:
        mine.deps.update(theirs.deps)


def imported_binding(
    binding: Binding, scope: Scope, attrs: tuple[str, ...]
) -> tuple[Binding, Scope, tuple[str, ...]] | None:
    """Follow an import into the repository module it names: (binding there, that module, attributes left).

    ``from .config import MODEL`` + ``MODEL`` → MODEL's binding; ``import config`` + ``config.MODEL`` → the same;
    ``from app.config import settings`` + ``settings.model`` → ``settings``'s binding with ``("model",)`` left."""
    module = scope
    while module.parent is not None:
        module = module.parent
    ctx = module.file
    if not isinstance(ctx, FileContext):
        return None
    qualname = binding.qualname
    target = module_scope(qualname, ctx) if attrs else None  # the import names a module
    names = attrs
    if target is None:  # the import names something inside a module
        prefix, _, name = qualname.rpartition(".")
        target = module_scope(prefix, ctx) if prefix.strip(".") or prefix else None
        names = (name, *attrs)
    if target is None or not names:
        return None
    found = target.bindings.get(names[0])
    return (found[-1], target, names[1:]) if found else None


def app_modules(module: Scope, names: tuple[str, ...]) -> list[Scope]:
    """Module scopes of the files called ``names`` in the analysed file's folder and its parents inside the root
    (nearest first; the analysed file itself left out), each parsed once; remembered for this scan."""
    ctx = module.file
    if not isinstance(ctx, FileContext) or ctx.root is None or ctx.file_abs is None:
        return []
    memo = session_memo()
    key = ("app-modules", ctx.file_abs, names)
    if key not in memo:
        memo[key] = [
            found
            for folder in [*_enclosing_dirs(ctx), ctx.root]
            for name in names
            if (found := module_at(os.path.join(folder, name), ctx)) is not None
        ]
    return memo[key]  # type: ignore[return-value]


def module_at(path: str, ctx: FileContext) -> Scope | None:
    """The module scope of the file at ``path`` (inside the root; not the analysed file), recorded as a dependency."""
    if path == ctx.file_abs or not os.path.isfile(path) or ctx.root is None or not inside(path, ctx.root):
        return None
    return _dependency_scope(os.path.realpath(path), ctx)


def _dependency_scope(path: str, ctx: FileContext) -> Scope | None:
    """The module scope of another project file, recorded as a dependency of the analysed file (cache, editor)."""
    ctx.deps.add(path)
    note(path)
    try:
        info = _load(path, os.stat(path).st_mtime_ns, ctx.root)
    except OSError:
        return None
    return info.module if info is not None else None
