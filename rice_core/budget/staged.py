"""``--staged``: the staged state of the repository and what the staged change adds against ``HEAD``.

The working tree is scanned as usual (cached); every file whose index or working-tree bytes differ from ``HEAD``
is then re-scanned from its **staged** blob for the staged state, and from its ``HEAD`` blob for the baseline.
Paths and blobs come from NUL-separated plumbing (``rice_core.budget.gitio``), so no file name can shift another
file's contents. The configuration is read the same way (index vs HEAD, see ``staged_config``), so a change that
only edits volumes or the budget is measured, and one that removes the budget is caught.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rice_core.budget.gitio import git_top, head_blobs, index_blobs, read_objects, worktree_changed
from rice_core.budget.overrides import override_matches
from rice_core.budget.staged_config import FoundConfig, candidate_paths, find_in_tree, parse_found
from rice_core.config import RiceConfig
from rice_core.errors import ConfigError
from rice_core.scan.callsite import CallSite
from rice_core.scan.source_text import MAX_FILE_BYTES

SOURCE_SUFFIXES = (".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".ipynb")


@dataclass(frozen=True)
class ChangedFile:
    path: str  # relative to the check root (as call sites are)
    staged_text: str | None  # None: deleted in the index (or too large: see ``too_large``)
    head_text: str | None  # None: new in this commit
    too_large: bool = False  # the staged blob is over the scanner's size limit: its calls cannot be counted


@dataclass(frozen=True)
class StagedState:
    top: Path
    files: tuple[ChangedFile, ...]
    config_changed: bool
    head_config: RiceConfig
    staged_config: RiceConfig


def read_staged_state(root: Path, scope: list[Path], config: RiceConfig, explicit: Path | None = None) -> StagedState:
    """Changed source files under ``scope`` (staged or unstaged against HEAD) with their staged and HEAD texts,
    and the staged and HEAD configurations."""
    top = git_top(root).resolve()
    index, head = index_blobs(top), head_blobs(top)
    sources = [p for p in sorted(index.keys() | head.keys()) if _in_scope(top / p, root, scope, config)]
    staged = {p for p in sources if index.get(p) != head.get(p)}
    chosen = sorted(staged | set(worktree_changed(top, index, [p for p in sources if p not in staged])))
    candidates = _config_candidates(root, top, explicit)
    wanted = [tree.get(p) for tree in (index, head) for p in (*chosen, *candidates)]
    blobs = read_objects(top, [w for w in wanted if w])
    files = tuple(_changed(top, root, p, index.get(p), head.get(p), blobs) for p in chosen)
    staged_found = find_in_tree(candidates, lambda rel: _text(blobs, index.get(rel)))
    head_found = find_in_tree(candidates, lambda rel: _text(blobs, head.get(rel)))
    if staged_found is not None:
        staged_config = parse_found(staged_found, _shown(top, staged_found.rel))
    else:
        staged_config = RiceConfig() if head_found is not None else config  # removed, or never committed
    head_config = _head_config(head_found, top, staged_config)
    changed = (staged_found and staged_found.text) != (head_found and head_found.text)
    return StagedState(top, files, bool(changed), head_config, staged_config)


def replace_calls(calls: tuple[CallSite, ...], changed: dict[str, list[CallSite]]) -> list[CallSite]:
    """The tree's calls with every changed file's calls swapped for ``changed[path]``."""
    kept = [c for c in calls if c.path not in changed]
    return kept + [c for path in sorted(changed) for c in changed[path]]


def _changed(
    top: Path, root: Path, rel: str, staged_id: str | None, head_id: str | None, blobs: dict[str, bytes]
) -> ChangedFile:
    path = Path(os.path.relpath(top / rel, root.resolve())).as_posix()
    staged_bytes = blobs.get(staged_id or "")
    too_large = staged_id is not None and (staged_bytes is None or len(staged_bytes) > MAX_FILE_BYTES)
    staged_text = None if too_large or staged_bytes is None else staged_bytes.decode("utf-8", "replace")
    head_text = _text(blobs, head_id)
    return ChangedFile(path, staged_text, head_text, too_large)


def _text(blobs: dict[str, bytes], object_id: str | None) -> str | None:
    data = blobs.get(object_id or "")
    return None if data is None else data.decode("utf-8", "replace")


def _config_candidates(root: Path, top: Path, explicit: Path | None) -> list[str]:
    if explicit is not None:
        rel = _relative(explicit.resolve(), top)
        return [rel] if rel is not None else []
    start = _relative(root.resolve(), top)
    return candidate_paths(start) if start is not None else []


def _relative(path: Path, top: Path) -> str | None:
    return Path(os.path.relpath(path, top)).as_posix() if _is_under(path, top) else None


def _shown(top: Path, rel: str) -> str:
    return os.path.relpath(top / rel) if _is_under(Path.cwd().resolve(), top) else str(top / rel)


def _in_scope(path: Path, root: Path, scope: list[Path], config: RiceConfig) -> bool:
    if not path.name.endswith(SOURCE_SUFFIXES):
        return False
    real_root = root.resolve()
    if not _is_under(path, real_root) or not any(_is_under(path, s.resolve()) for s in scope):
        return False
    rel = Path(os.path.relpath(path, real_root)).as_posix()
    if config.scan.include and not any(override_matches(g, rel, None) for g in config.scan.include):
        return False
    return not any(override_matches(g, rel, None) for g in config.scan.exclude)


def _is_under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _head_config(found: FoundConfig | None, top: Path, staged: RiceConfig) -> RiceConfig:
    """HEAD's configuration; none at HEAD → defaults; an invalid one → the staged one (nothing to compare)."""
    if found is None:
        return RiceConfig()
    try:
        return parse_found(found, f"HEAD:{found.rel}")
    except ConfigError:
        return staged
