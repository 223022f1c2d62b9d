"""Constants imported from the repository's own modules (``from .config import MODEL``, ``import settings`` then
``settings.MODEL``, ``from app.config import settings`` then ``settings.model``): the module file is found under the
root, parsed once (cached by path and mtime) and the name resolved there. Never executed; never outside the root."""

from __future__ import annotations

import functools
import os

from rice_core.safeio import read_regular_bytes
from rice_core.scan.python.files import FileContext, inside
from rice_core.scan.python.scopes import Binding, ModuleInfo, Scope, collect
from rice_core.scan.python.recovery import TooDeep, parse_recovering

MAX_MODULE_BYTES = 1_000_000


def _candidates(qualname: str, ctx: FileContext) -> list[str]:
    """Files that may hold module ``qualname`` ("..config", "app.settings") for the analysed file."""
    dots = len(qualname) - len(qualname.lstrip("."))
    parts = [p for p in qualname.lstrip(".").split(".") if p]
    if dots and ctx.file_abs:
        base = os.path.dirname(ctx.file_abs)
        for _ in range(dots - 1):
            base = os.path.dirname(base)
        bases = [base]
    else:
        bases = [
            d
            for d in (
                ctx.root,
                os.path.join(ctx.root, "src") if ctx.root else None,
                os.path.dirname(ctx.file_abs) if ctx.file_abs else None,
            )
            if d
        ]
    out = []
    for base in bases:
        stem = os.path.join(base, *parts) if parts else base
        out += [stem + ".py", os.path.join(stem, "__init__.py")]
    return out


@functools.lru_cache(maxsize=128)
def _load(path: str, mtime_ns: int, root: str) -> ModuleInfo | None:
    try:
        tree, _ = parse_recovering(read_regular_bytes(path, MAX_MODULE_BYTES).decode("utf-8"))
        info = collect(tree)
    except (OSError, UnicodeDecodeError, TooDeep, RecursionError, ValueError):
        return None
    info.module.file = FileContext(path, root)
    return info


def module_scope(qualname: str, ctx: FileContext) -> Scope | None:
    """The module scope of a repository module, or None when it is not a file inside the root."""
    if ctx.root is None:
        return None
    for candidate in _candidates(qualname, ctx):
        if os.path.isfile(candidate) and inside(candidate, ctx.root):
            ctx.deps.add(os.path.realpath(candidate))
            info = _load(os.path.realpath(candidate), os.stat(candidate).st_mtime_ns, ctx.root)
            return info.module if info is not None else None
    return None


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
