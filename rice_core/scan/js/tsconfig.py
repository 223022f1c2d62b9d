"""Import aliases from ``tsconfig.json`` / ``jsconfig.json``: ``compilerOptions.baseUrl`` and ``paths``
(``"@/*": ["./src/*"]``), so ``import { model } from "@/lib/ai"`` finds ``src/lib/ai.ts``.

The nearest config above the importing file (inside the repository) is read with ``safeio``'s bounded reader; the
JSON may carry comments and trailing commas (as TypeScript allows); ``extends`` of a relative file is followed a few
levels. Parsed configs are cached by path, size and mtime, so an edited config is read again."""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from rice_core.safeio import read_regular_bytes

MAX_CONFIG_BYTES = 256_000
MAX_EXTENDS = 3
MAX_PARENT_DIRS = 12
CONFIG_NAMES = ("tsconfig.json", "jsconfig.json")
_COMMENTS = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMAS = re.compile(r'"(?:\\.|[^"\\])*"|,(?=\s*[}\]])')


@dataclass(frozen=True)
class Aliases:
    """``paths`` patterns (each with its targets, absolute) and the ``baseUrl`` folder, when set."""

    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    base_url: str | None = None
    files: tuple[str, ...] = ()  # the config files read (the config and what it extends): cache dependencies

    def targets(self, module: str) -> list[Path]:
        """Files or stems an import specifier may name, most specific pattern first (as TypeScript picks)."""
        out: list[Path] = []
        for pattern, targets in sorted(self.paths, key=lambda item: -len(item[0].partition("*")[0])):
            head, star, tail = pattern.partition("*")
            if not star and module == pattern:
                out += [Path(t) for t in targets]
            elif star and module.startswith(head) and module.endswith(tail) and len(module) >= len(head + tail):
                middle = module[len(head) : len(module) - len(tail)]
                out += [Path(t.replace("*", middle, 1)) for t in targets]
        if self.base_url and not module.startswith((".", "/")):
            out.append(Path(self.base_url) / module)
        return out


def strip_jsonc(text: str) -> str:
    """JSON with comments and trailing commas → JSON (strings are kept as they are)."""

    def keep_strings(match: re.Match[str]) -> str:
        return match.group(0) if match.group(0).startswith('"') else ""

    return _TRAILING_COMMAS.sub(keep_strings, _COMMENTS.sub(keep_strings, text))


@functools.lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int, size: int) -> dict | None:
    """The parsed config file (None when unreadable or not an object)."""
    try:
        data = json.loads(strip_jsonc(read_regular_bytes(path, MAX_CONFIG_BYTES).decode("utf-8")))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _load(path: Path) -> dict | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _read(str(path), stat.st_mtime_ns, stat.st_size)


def _options(path: Path, repo_root: Path, hops: int = 0) -> tuple[dict, Path, tuple[str, ...]]:
    """(compilerOptions merged over its ``extends`` chain, the folder ``paths`` are relative to when no baseUrl,
    the files read)."""
    data = _load(path) or {}
    options = data.get("compilerOptions")
    options = dict(options) if isinstance(options, dict) else {}
    anchor = path.parent
    files: tuple[str, ...] = (str(path),)
    parent = data.get("extends")
    if isinstance(parent, str) and parent.startswith(".") and hops < MAX_EXTENDS:
        base = (path.parent / parent).resolve()
        if base.suffix != ".json":
            base = base.with_name(base.name + ".json")
        if base.is_relative_to(repo_root) and base.is_file():
            inherited, inherited_anchor, read = _options(base, repo_root, hops + 1)
            files += read
            if "paths" not in options and "paths" in inherited:
                anchor = inherited_anchor
            for key in ("baseUrl", "paths"):
                if key not in options and key in inherited:
                    options[key] = inherited[key]
    if isinstance(options.get("baseUrl"), str):
        options["baseUrl"] = str((path.parent / options["baseUrl"]).resolve())
    return options, anchor, files


def nearest_config(folder: Path, repo_root: Path) -> Path | None:
    """The closest ``tsconfig.json``/``jsconfig.json`` from ``folder`` up to the repository root."""
    for _ in range(MAX_PARENT_DIRS):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if folder == repo_root or not folder.is_relative_to(repo_root) or folder.parent == folder:
            return None
        folder = folder.parent
    return None


def aliases_for(config: Path | None, repo_root: Path) -> Aliases:
    """The aliases a config declares (empty when there is none)."""
    if config is None:
        return Aliases()
    options, anchor, files = _options(config, repo_root)
    base_url = options.get("baseUrl") if isinstance(options.get("baseUrl"), str) else None
    root = Path(base_url) if base_url else anchor
    raw = options.get("paths")
    pairs: list[tuple[str, tuple[str, ...]]] = []
    for pattern, targets in raw.items() if isinstance(raw, dict) else ():
        if isinstance(pattern, str) and isinstance(targets, list):
            found = tuple(os.path.normpath(root / t) for t in targets if isinstance(t, str))
            pairs.append((pattern, found))
    return Aliases(tuple(pairs), base_url, files)
