"""Constants imported from sibling modules: `import { MODEL } from "./config"` → the string in config.ts.

Only relative imports (and the common `@/` alias for the package's `src/` or root) are followed, only to files
inside the repository, and only `const` declarations at a module's top level; parsed modules are cached.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from rice_core.safeio import read_regular_bytes
from rice_core.scan.js.files import ReadLog, RepoPaths, read_inside_repo
from rice_core.scan.js.index import build_index
from rice_core.scan.js.parse import grammar_for, language_for, parse_bytes
from rice_core.scan.js.scope import FileIndex

MAX_MODULE_BYTES = 500_000
_EXTENSIONS = (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs")


@functools.lru_cache(maxsize=128)
def _parsed(path: str, mtime_ns: int, size: int) -> tuple[FileIndex, Any] | None:
    """(index, root node) of a module file; keyed by mtime and size so an edited file is parsed again."""
    try:
        data = read_regular_bytes(path, MAX_MODULE_BYTES)
    except OSError:
        return None
    grammar = grammar_for(path)
    tree = parse_bytes(data, grammar)
    return build_index(tree.root_node, language_for(grammar)), tree.root_node


def module_file(module: str, paths: RepoPaths) -> Path | None:
    """The file a relative (or `@/`) import names, trying TypeScript/JavaScript extensions and index files."""
    if module.startswith("."):
        bases = [paths.file_dir / module]
    elif module.startswith(("@/", "~/")):
        bases = [paths.package_root / "src" / module[2:], paths.package_root / module[2:]]
    else:
        return None
    for base in bases:
        stem = base.with_suffix("") if base.suffix in (".js", ".mjs", ".cjs", ".jsx") else base
        for candidate in (
            base,
            *(stem.with_name(stem.name + e) for e in _EXTENSIONS),
            *(base / f"index{e}" for e in _EXTENSIONS),
        ):
            if candidate.is_file():
                return candidate
    return None


class ModuleConstants:
    """Looks up top-level constants of imported modules for one source file."""

    def __init__(self, paths: RepoPaths, log: ReadLog) -> None:
        self.paths = paths
        self.log = log

    def for_module(self, paths: RepoPaths) -> ModuleConstants:
        """The same lookup, from another module's folder (imports are relative to the importing file)."""
        return ModuleConstants(paths, self.log)

    def declaration(self, module: str, name: str) -> tuple[FileIndex, Any, RepoPaths] | None:
        """(index of the module, the constant's value node, the module's paths) or None."""
        target = module_file(module, self.paths)
        if target is None or read_inside_repo(target, self.paths, MAX_MODULE_BYTES) is None:
            return None
        stat = target.stat()
        parsed = _parsed(str(target.resolve()), stat.st_mtime_ns, stat.st_size)
        if parsed is None:
            return None
        index, root = parsed
        for scope_id, value in index.decls.get(name, []):
            if scope_id == root.id and value is not None:
                module_paths = RepoPaths(target.resolve().parent, self.paths.package_root, self.paths.repo_root)
                self.log.module_files.append(str(target.resolve()))
                return index, value, module_paths
        return None
