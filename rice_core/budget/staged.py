"""``--staged``: the staged state of the repository and what the staged change adds against ``HEAD``.

The working tree is scanned as usual (cached); every file whose index or working-tree text differs from ``HEAD``
is then re-scanned from its **staged** text (``git show :path``) for the staged state, and from its ``HEAD`` text
for the baseline. The configuration is read the same way (staged ``rice.yaml`` vs ``HEAD``'s), so a change that
only edits volumes or the budget is measured too. The gate compares the full staged total with the budget.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rice_core.budget.gitio import git_top, read_blobs, staged_paths, unstaged_paths
from rice_core.budget.overrides import override_matches
from rice_core.config import RiceConfig
from rice_core.config.load import parse_config_text, parse_pyproject_text
from rice_core.errors import ConfigError
from rice_core.scan.callsite import CallSite

SOURCE_SUFFIXES = (".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")


@dataclass(frozen=True)
class ChangedFile:
    path: str  # relative to the check root (as call sites are)
    staged_text: str | None  # None: deleted in the index
    head_text: str | None  # None: new in this commit


@dataclass(frozen=True)
class StagedState:
    top: Path
    files: tuple[ChangedFile, ...]
    config_changed: bool
    head_config: RiceConfig


def read_staged_state(root: Path, scope: list[Path], config: RiceConfig) -> StagedState:
    """Changed source files under ``scope`` (staged or unstaged against HEAD) with their staged and HEAD texts."""
    top = git_top(root)
    candidates = sorted(set(staged_paths(top)) | set(unstaged_paths(top)))
    chosen = [p for p in candidates if _in_scope(top / p, root, scope, config)]
    config_rel = _config_relpath(config, top)
    specs = [f"{prefix}{p}" for p in chosen for prefix in (":", "HEAD:")]
    if config_rel:
        specs += [f"HEAD:{config_rel}"]
    blobs = read_blobs(top, specs)
    files = tuple(
        ChangedFile(Path(os.path.relpath(top / p, root)).as_posix(), blobs[f":{p}"], blobs[f"HEAD:{p}"]) for p in chosen
    )
    head_config = _head_config(blobs.get(f"HEAD:{config_rel}") if config_rel else None, config)
    changed = config_rel is not None and config_rel in candidates
    return StagedState(top, files, changed, head_config)


def staged_config(config: RiceConfig, top: Path) -> RiceConfig:
    """The configuration as staged (``git show :rice.yaml``); the working file when it is not in the index."""
    rel = _config_relpath(config, top)
    text = read_blobs(top, [f":{rel}"]).get(f":{rel}") if rel else None
    return config if text is None else _parse(text, str(config.source_path))


def replace_calls(calls: tuple[CallSite, ...], changed: dict[str, list[CallSite]]) -> list[CallSite]:
    """The tree's calls with every changed file's calls swapped for ``changed[path]``."""
    kept = [c for c in calls if c.path not in changed]
    return kept + [c for path in sorted(changed) for c in changed[path]]


def _in_scope(path: Path, root: Path, scope: list[Path], config: RiceConfig) -> bool:
    if not path.name.endswith(SOURCE_SUFFIXES):
        return False
    resolved = path.resolve() if path.exists() else path
    if not _is_under(resolved, root.resolve()) or not any(_is_under(resolved, s.resolve()) for s in scope):
        return False
    rel = Path(os.path.relpath(resolved, root.resolve())).as_posix()
    if config.scan.include and not any(override_matches(g, rel, None) for g in config.scan.include):
        return False
    return not any(override_matches(g, rel, None) for g in config.scan.exclude)


def _is_under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _config_relpath(config: RiceConfig, top: Path) -> str | None:
    if not config.source_path:
        return None
    source = Path(config.source_path).resolve()
    return Path(os.path.relpath(source, top.resolve())).as_posix() if _is_under(source, top.resolve()) else None


def _head_config(text: str | None, staged: RiceConfig) -> RiceConfig:
    """HEAD's configuration; no file at HEAD → defaults; an invalid one → the staged one (nothing to compare)."""
    if text is None:
        return RiceConfig() if staged.source_path else staged
    try:
        return _parse(text, f"HEAD:{staged.source_path}")
    except ConfigError:
        return staged


def _parse(text: str, path: str) -> RiceConfig:
    return parse_pyproject_text(text, path) if path.endswith(".toml") else parse_config_text(text, path)
