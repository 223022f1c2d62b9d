"""Prompt files read with `fs.readFileSync(path.join(__dirname, "prompts/x.txt"), "utf8")` and friends.

Only files inside the repository are read (never outside it, never through a symlink that leaves it), and only
small text files; the path must be statically known.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rice_core.safeio import read_regular_bytes
from rice_core.scan.js.parse import text_of

MAX_PROMPT_FILE_BYTES = 1_000_000
_JOINERS = frozenset({"join", "resolve"})
_FILE_DIR_NAMES = frozenset({"__dirname", "import.meta.dirname"})


@functools.lru_cache(maxsize=256)
def _ancestor_with(start: Path, marker: str) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / marker).exists():
            return folder
    return None


@dataclass(frozen=True)
class RepoPaths:
    """Where a source file lives: its folder, its package (process.cwd()) and the repository it may read from."""

    file_dir: Path
    package_root: Path
    repo_root: Path


def repo_paths(source_path: str | None, root: str | None = None) -> RepoPaths | None:
    """None for in-memory text (nothing is read from disk then); a relative path is taken relative to ``root``."""
    if not source_path or source_path.startswith("<"):
        return None
    file_path = Path(root) / source_path if root and not Path(source_path).is_absolute() else Path(source_path)
    file_dir = file_path.resolve().parent
    package_root = _ancestor_with(file_dir, "package.json") or file_dir
    repo_root = _ancestor_with(file_dir, ".git") or (Path(root) if root else package_root)
    return RepoPaths(file_dir, package_root, repo_root.resolve())


def read_inside_repo(target: Path, paths: RepoPaths, limit_bytes: int = MAX_PROMPT_FILE_BYTES) -> str | None:
    """Text of ``target`` when it is a small UTF-8 file inside the repository (symlinks resolved), else None."""
    try:
        real = target.resolve()
        if not real.is_relative_to(paths.repo_root) or not real.is_file() or real.stat().st_size > limit_bytes:
            return None
        return read_regular_bytes(real, limit_bytes).decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None


@dataclass
class ReadLog:
    """Files read while resolving one call (the scan cache re-scans the source when one of them changes)."""

    prompt_files: list[str] = field(default_factory=list)
    module_files: list[str] = field(default_factory=list)

    def take(self) -> dict[str, list[str]]:
        """The files read since the last call, as ``CallSite.extra`` entries; clears the log."""
        extra: dict[str, list[str]] = {}
        if self.prompt_files or self.module_files:
            extra["prompt_files"] = sorted(set(self.prompt_files + self.module_files))  # the cache's dependency key
        if self.module_files:
            extra["module_files"] = sorted(set(self.module_files))
        self.prompt_files.clear()
        self.module_files.clear()
        return extra


class PromptFiles:
    """Reads prompt files for one source file; ``evaluator`` folds string arguments to text."""

    def __init__(self, paths: RepoPaths, evaluator: Any, log: ReadLog) -> None:
        self.evaluator = evaluator
        self.paths = paths
        self.log = log

    def read(self, call: Any, path_node: Any) -> str | None:
        """Text of the file the expression names, or None when unknown, outside the repository, or too big."""
        target = self._path(path_node, 0)
        content = read_inside_repo(target, self.paths) if target is not None else None
        if target is not None and content is not None:
            self.log.prompt_files.append(str(target.resolve()))
        return content

    def _path(self, node: Any, depth: int) -> Path | None:
        if node is not None and text_of(node) in _FILE_DIR_NAMES:
            return self.paths.file_dir
        node = self.evaluator.deref(node)
        if node is None or depth > 8:
            return None
        if node.type == "call_expression":
            return self._call_path(node, depth)
        if node.type == "new_expression" and text_of(node.child_by_field_name("constructor")) == "URL":
            return self._url_path(node, depth)
        folded = self.evaluator.text(node)
        if folded.holes or not folded.parts:
            return None
        return self.paths.package_root / folded.value  # relative to process.cwd()

    def _call_path(self, node: Any, depth: int) -> Path | None:
        func, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        name = text_of(func).split(".")[-1]
        arg_nodes = list(args.named_children) if args is not None else []
        if name == "cwd":
            return self.paths.package_root
        if name == "fileURLToPath" and arg_nodes:
            return self._path(arg_nodes[0], depth + 1)
        if name not in _JOINERS or not arg_nodes:
            return None
        base = self._path(arg_nodes[0], depth + 1)
        if base is None:
            return None
        for arg in arg_nodes[1:]:
            folded = self.evaluator.text(arg)
            if folded.holes:
                return None
            base = base / folded.value
        return base

    def _url_path(self, node: Any, depth: int) -> Path | None:
        args = node.child_by_field_name("arguments")
        arg_nodes = list(args.named_children) if args is not None else []
        if len(arg_nodes) < 2 or text_of(arg_nodes[1]) != "import.meta.url":
            return None
        folded = self.evaluator.text(arg_nodes[0])
        return None if folded.holes else self.paths.file_dir / folded.value
