"""Whether a module next to the analysed file imports an SDK: a discord cog's ``cog.client.messages.create(
**params)`` where the cog class and its client live in sibling modules of one package. Only the headers of the
files in the analysed file's own folder are read (bounded, remembered per content version)."""

from __future__ import annotations

import os

from rice_core.scan.python.files import FileContext
from rice_core.scan.python.project_index import Imports, file_test
from rice_core.scan.python.scopes import Scope

MAX_SIBLINGS = 64  # Python files looked at in the folder


def sibling_imports(scope: Scope, packages: tuple[str, ...]) -> bool:
    """Whether a Python file in the analysed file's folder imports one of ``packages``."""
    root = scope
    while root.parent is not None:
        root = root.parent
    ctx = root.file
    if not isinstance(ctx, FileContext) or ctx.file_abs is None:
        return False
    folder = os.path.dirname(ctx.file_abs)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".py"))[:MAX_SIBLINGS]
    except OSError:
        return False
    paths = [os.path.join(folder, n) for n in names if os.path.join(folder, n) != ctx.file_abs]
    return any(file_test(path, Imports(package)) for path in paths for package in packages)
