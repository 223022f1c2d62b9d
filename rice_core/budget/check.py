"""``rice check``: find the configuration, scan, price, project, and (``--staged``) measure the change vs HEAD.

The check root is the directory of the configuration file when one is found (override globs are relative to it);
otherwise the single directory given, or the current directory.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from rice_core.budget.projection import project
from rice_core.budget.result import CheckResult, StagedDelta
from rice_core.budget.scanning import TreeScan, price, scan_text, scan_tree
from rice_core.budget.staged import ChangedFile, read_staged_state, replace_calls
from rice_core.budget.staged_config import budget_change, gate_config, scope_notes
from rice_core.budget.text_cache import TextCache, text_key
from rice_core.budget.unscanned import BLOCKING_CODES, Dropped, blocking
from rice_core.config import RiceConfig
from rice_core.config.load import find_config_file, load_config_file
from rice_core.errors import InputError
from rice_core.problems import Problem
from rice_core.safeio import read_regular_bytes
from rice_core.scan.cache import default_cache_dir
from rice_core.scan.callsite import CallSite
from rice_core.scan.source_text import MAX_FILE_BYTES


@dataclass(frozen=True)
class CheckRequest:
    paths: tuple[Path, ...] = ()
    config_file: Path | None = None
    staged: bool = False
    cwd: Path = Path(".")


def resolve_config(request: CheckRequest) -> tuple[Path, RiceConfig]:
    """(check root, configuration) for the request."""
    for path in request.paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    start = request.paths[0] if request.paths else request.cwd
    found = request.config_file or find_config_file(start)
    if request.config_file is not None and not request.config_file.exists():
        raise InputError(f"--config {request.config_file}: no such file")
    if found is not None:
        config = load_config_file(_shown(found, request.cwd))
        root = found.parent if request.config_file is None else (start if start.is_dir() else start.parent)
        return root, config
    return (start if start.is_dir() else start.parent), RiceConfig()


def _shown(path: Path, cwd: Path) -> Path:
    """``path`` relative to the current directory when it lies below it (messages say ``rice.yaml:3``)."""
    try:
        return path.resolve().relative_to(cwd.resolve())
    except ValueError:
        return path


def cache_dir_for(root: Path) -> Path | None:
    """The per-user cache folder of this check root (never inside the tree); None when caching is off."""
    found = default_cache_dir(str(root))
    return None if found is None else Path(found)


def run_check(request: CheckRequest) -> CheckResult:
    started = time.perf_counter()
    root, config = resolve_config(request)
    scope = list(request.paths) or [root]
    tree = scan_tree(scope, root, config, cache_dir_for(root))
    if not request.staged:
        projection = project(price(tree.calls, config), config)
        return CheckResult(
            root=_label(request, root),
            config=config,
            projection=projection,
            files_scanned=tree.files_scanned,
            scan_problems=tree.problems,
            elapsed_s=time.perf_counter() - started,
            prefix=_prefix(root, request.cwd),
            blocking=blocking(tree.dropped, str(root)),
        )
    cache = TextCache(cache_dir_for(root))
    try:
        return _staged_check(request, root, scope, config, tree, started, cache)
    finally:
        cache.save()


def _staged_check(
    request: CheckRequest,
    root: Path,
    scope: list[Path],
    config: RiceConfig,
    tree: TreeScan,
    started: float,
    cache: TextCache,
) -> CheckResult:
    state = read_staged_state(root, scope, config, request.config_file)
    change = budget_change(state.head_config.budget, state.staged_config.budget)
    config = gate_config(state.staged_config, state.head_config, change)
    in_tree: dict[str, list[CallSite]] = {}
    for call in tree.calls:
        in_tree.setdefault(call.path, []).append(call)
    changed_paths = {f.path for f in state.files}
    dropped = [d for d in tree.dropped if d.path not in changed_paths]
    staged_calls, head_calls = {}, {}
    for f in state.files:
        scanned = in_tree.get(f.path, []) if not state.config_changed and _same_as_worktree(root, f) else None
        if scanned is not None:
            dropped += [d for d in tree.dropped if d.path == f.path]
        staged_calls[f.path], found = _calls_of(f.staged_text, f.path, config, root, cache, scanned)
        dropped += [Dropped(f.path, p.code, p.message, may_call=True) for p in found]
        if f.too_large:
            dropped.append(Dropped(f.path, "file-too-large", "the staged file is over the size limit", may_call=True))
        head_calls[f.path], _ = _calls_of(f.head_text, f.path, state.head_config, root, cache)
    base = replace_calls(tree.calls, {path: [] for path in staged_calls})  # unchanged files: priced once
    priced_base = price(base, config)
    projection = project(priced_base + price(_flat(staged_calls), config), config)
    head_base = price(base, state.head_config) if state.config_changed else priced_base
    head = project(head_base + price(_flat(head_calls), state.head_config), state.head_config)
    delta = StagedDelta(
        head_kg=head.compared_total_kg,
        staged_kg=projection.compared_total_kg,
        changed_files=tuple(f.path for f in state.files) + (("(configuration)",) if state.config_changed else ()),
        calls_added=sum(len(v) for v in staged_calls.values()),
        calls_removed=sum(len(v) for v in head_calls.values()),
    )
    return CheckResult(
        root=_label(request, root),
        config=config,
        projection=projection,
        files_scanned=tree.files_scanned,
        scan_problems=tree.problems,
        delta=delta,
        elapsed_s=time.perf_counter() - started,
        notes=change.notes + scope_notes(state.head_config, state.staged_config),
        prefix=_prefix(root, request.cwd),
        blocking=blocking(dropped, str(root)),
    )


def _flat(calls: dict[str, list[CallSite]]) -> list[CallSite]:
    return [c for path in sorted(calls) for c in calls[path]]


def _same_as_worktree(root: Path, changed: ChangedFile) -> bool:
    """Is the staged text the working-tree text (always so under pre-commit, which stashes the rest)?"""
    if changed.staged_text is None:
        return False
    try:
        data = read_regular_bytes(root / changed.path, MAX_FILE_BYTES)
    except OSError:
        return False
    return data.decode("utf-8", "replace") == changed.staged_text


def _calls_of(
    text: str | None, path: str, config: RiceConfig, root: Path, cache: TextCache, scanned: list[CallSite] | None = None
) -> tuple[list[CallSite], list[Problem]]:
    """Call sites of one text and the problems that left parts of it out (too deep, scanner failure): from the
    tree scan when given (its problems are the tree's), else from the text cache, else scanned now."""
    if text is None:
        return [], []
    key = text_key(text, path, config)
    if scanned is not None:
        found: tuple[list[CallSite], list[Problem]] | None = (scanned, [])
    else:
        found = cache.get(key)
    if found is None:
        found = scan_text(text, path, config, root)
    if key not in cache and scanned is None:
        cache.put(key, *found)
    return found[0], [p for p in found[1] if p.code in BLOCKING_CODES]


def _prefix(root: Path, cwd: Path) -> str:
    shown = _shown(root, cwd).as_posix()
    return "" if shown == "." else shown


def _label(request: CheckRequest, root: Path) -> str:
    """The paths as given; without paths, the root relative to the current directory (or its name)."""
    if request.paths:
        return ", ".join(str(p) for p in request.paths)
    shown = _shown(root, request.cwd)
    return shown.as_posix() if str(shown) != "." else (root.resolve().name or "/")
