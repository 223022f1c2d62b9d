"""Values and objects imported from the repository's own modules: `import { MODEL } from "./config"` → the string in
config.ts; `import { model } from "@/lib/ai"` → the `anthropic("claude-…")` that module exports.

Relative imports, `tsconfig.json`/`jsconfig.json` `paths` and `baseUrl` aliases (and, without a config, the common
`@/`/`~/` alias for the package's `src/` or root) are followed, only to files inside the repository. A name is found
among a module's top-level declarations, its `export default`, and re-exports (`export { x } from`, `export * from`,
`import { x } …; export { x }`), a few hops deep. Parsed modules are cached by path, size and mtime; which file an
import names is remembered for the file being scanned only.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from rice_core.safeio import read_regular_bytes
from rice_core.scan.reads import note
from rice_core.scan.js.builders import top_level_functions
from rice_core.scan.js.files import ReadLog, RepoPaths, read_inside_repo
from rice_core.scan.js.index import build_index
from rice_core.scan.js.parse import grammar_for, language_for, parse_bytes, text_of
from rice_core.scan.js.scope import FileIndex, string_value
from rice_core.scan.js.tsconfig import Aliases, aliases_for, nearest_config

MAX_MODULE_BYTES = 500_000
MAX_HOPS = 4  # re-exports followed from one import
_EXTENSIONS = (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs")
_Loaded = tuple[FileIndex, Any, RepoPaths, tuple[str, ...]]  # index, root node, paths, files it depends on


@functools.lru_cache(maxsize=256)
def _parsed(path: str, mtime_ns: int, size: int) -> tuple[FileIndex, Any] | None:
    """(index, root node) of a module file; keyed by mtime and size so an edited file is parsed again."""
    try:
        data = read_regular_bytes(path, MAX_MODULE_BYTES)
    except OSError:
        return None
    grammar = grammar_for(path)
    tree = parse_bytes(data, grammar)
    return build_index(tree.root_node, language_for(grammar)), tree.root_node


def _existing(base: Path) -> Path | None:
    """``base`` as a file, with a TypeScript/JavaScript extension, or as a folder's index file."""
    stem = base.with_suffix("") if base.suffix in (".js", ".mjs", ".cjs", ".jsx") else base
    for candidate in (
        base,
        *(stem.with_name(stem.name + e) for e in _EXTENSIONS),
        *(base / f"index{e}" for e in _EXTENSIONS),
    ):
        if candidate.is_file():
            return candidate
    return None


def module_file(module: str, paths: RepoPaths, aliases: Aliases | None = None) -> Path | None:
    """The file an import names: relative, a config alias, the conventional `@/`/`~/` alias or SvelteKit's `$lib`."""
    if module.startswith("."):
        bases = [paths.file_dir / module]
    else:
        bases = aliases.targets(module) if aliases is not None else []
        if module.startswith(("@/", "~/")):
            bases += [paths.package_root / "src" / module[2:], paths.package_root / module[2:]]
        elif module.startswith("$lib/"):  # SvelteKit's built-in alias for src/lib
            bases += [src / "lib" / module[5:] for src in _src_folders(paths)]
    for base in bases:
        found = _existing(base)
        if found is not None:
            return found
    return None


def _src_folders(paths: RepoPaths) -> list[Path]:
    """The package's `src/`, then a `src` folder above the file inside the repository (a SvelteKit route's
    `src/routes/...` when no package.json was found)."""
    found = [paths.package_root / "src"]
    for folder in (paths.file_dir, *paths.file_dir.parents[:12]):
        if folder.name == "src" and folder not in found:
            found.append(folder)
        if folder == paths.repo_root:
            break
    return found


class ModuleConstants:
    """Looks up top-level constants and objects of imported modules for one source file."""

    def __init__(self, paths: RepoPaths, log: ReadLog, memo: dict[Any, Any] | None = None) -> None:
        self.paths = paths
        self.log = log
        self.memo: dict[Any, Any] = memo if memo is not None else {}  # shared by every module of one file's scan

    def for_module(self, paths: RepoPaths) -> ModuleConstants:
        """The same lookup, from another module's folder (imports are relative to the importing file)."""
        return ModuleConstants(paths, self.log, self.memo)

    def _aliases(self) -> Aliases:
        key = ("aliases", self.paths.file_dir)
        if key not in self.memo:
            config = nearest_config(self.paths.file_dir, self.paths.repo_root)
            self.memo[key] = aliases_for(config, self.paths.repo_root)
        return self.memo[key]  # type: ignore[no-any-return]

    def _module(self, module: str) -> _Loaded | None:
        key = ("module", module, self.paths.file_dir)
        if key not in self.memo:
            self.memo[key] = self._load(module)
        return self.memo[key]  # type: ignore[no-any-return]

    def _load(self, module: str) -> _Loaded | None:
        aliases = None if module.startswith(".") else self._aliases()
        target = module_file(module, self.paths, aliases)
        if target is None or read_inside_repo(target, self.paths, MAX_MODULE_BYTES) is None:
            return None
        real = target.resolve()
        stat = real.stat()
        parsed = _parsed(str(real), stat.st_mtime_ns, stat.st_size)
        if parsed is None:
            return None
        paths = RepoPaths(real.parent, self.paths.package_root, self.paths.repo_root)
        return parsed[0], parsed[1], paths, (str(real), *(aliases.files if aliases is not None else ()))

    def declaration(self, module: str, name: str, hops: int = 0) -> tuple[FileIndex, Any, RepoPaths] | None:
        """(index of the module defining ``name``, the value node, that module's paths) or None."""
        loaded = self._module(module) if hops <= MAX_HOPS else None
        if loaded is None:
            return None
        index, root, module_paths, files = loaded
        note(*files)
        value = _top_level(index, root, name)
        if value is not None:
            self.log.module_files.extend(files)
            return index, value, module_paths
        there = self.for_module(module_paths)
        imported = index.imports.get(name)
        found = None
        if imported is not None and _exported(root, name):  # import { x } from "./y"; export { x }
            found = there.declaration(imported.module, imported.name, hops + 1)
        for source, original in _re_exports(root, name) if found is None else ():
            found = there.declaration(source, original, hops + 1)
            if found is not None:
                break
        if found is not None:
            self.log.module_files.extend(files)
        return found


def local_functions(index: FileIndex, root: Any) -> dict[str, Any]:
    """A module's top-level function declarations by name (computed once per parsed module)."""
    if index.functions is None:
        index.functions = top_level_functions(root)
    return index.functions


def _top_level(index: FileIndex, root: Any, name: str) -> Any:
    """The value a module binds to ``name`` at its top level (``default``: what ``export default`` names)."""
    if name == "default":
        for node in root.named_children:
            if node.type == "export_statement" and any(c.type == "default" for c in node.children):
                value = node.child_by_field_name("value") or next(
                    (c for c in node.named_children if c.type not in ("comment",)), None
                )
                if value is not None and value.type == "identifier":
                    return _top_level(index, root, text_of(value)) or value
                return value
        return None
    for scope_id, value in index.decls.get(name, []):
        if scope_id == root.id and value is not None:
            return value
    return local_functions(index, root).get(name)  # export function getModel(...) { ... }


def _exported(root: Any, name: str) -> bool:
    """Whether an ``export { name }`` clause without a source lists ``name``."""
    for node in root.named_children:
        if node.type == "export_statement" and node.child_by_field_name("source") is None:
            for clause in node.named_children:
                if clause.type == "export_clause" and name in _clause_names(clause).values():
                    return True
    return False


def _re_exports(root: Any, name: str) -> list[tuple[str, str]]:
    """(module, name there) for ``export { a as name } from "m"`` and every ``export * from "m"``."""
    out: list[tuple[str, str]] = []
    for node in root.named_children:
        source = node.child_by_field_name("source") if node.type == "export_statement" else None
        module = string_value(source) if source is not None else None
        if module is None:
            continue
        clause = next((c for c in node.named_children if c.type == "export_clause"), None)
        if clause is None:
            if any(c.type == "*" for c in node.children) and not any(
                c.type == "namespace_export" for c in node.children
            ):
                out.append((module, name))
            continue
        for original, exported in _clause_names(clause).items():
            if exported == name:
                out.insert(0, (module, original))
    return out


def _clause_names(clause: Any) -> dict[str, str]:
    """``{ a, b as c }`` → {"a": "a", "b": "c"} (local or source name → exported name)."""
    names: dict[str, str] = {}
    for spec in clause.named_children:
        if spec.type == "export_specifier":
            original, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
            if original is not None:
                names[text_of(original)] = text_of(alias or original)
    return names
