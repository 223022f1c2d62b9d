"""``scan_paths``: scan files and trees — gitignore-aware discovery, cheap pre-filter, content-hash cache,
and a process pool when there are many files to parse."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from rice_core.config import RiceConfig
from rice_core.scan.cache import (
    CACHE_VERSION,
    ScanCache,
    default_cache_dir,
    open_cache,
    save_cache,
    sha256_of,
    stat_key,
)
from rice_core.safeio import read_regular_bytes
from rice_core.scan.callsite import CallSite
from rice_core.scan.discover import discover
from rice_core.scan.dispatch import language_of, scan_text
from rice_core.scan.reads import tracking
from rice_core.scan.prefilter import may_call_llm
from rice_core.scan.python.import_hints import imported_llm_modules
from rice_core.scan.workers import die_with_parent
from rice_core.scan.serialize import (
    callsite_from_dict,
    callsite_to_dict,
    problem_to_dict,
)
from rice_core.scan.source_text import MAX_FILE_BYTES, UnreadableSource, decode_source

PARALLEL_MIN_FILES = 400  # files to parse before a process pool pays for itself
CHUNK_FILES = 50
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FileProblem:
    path: str
    code: str
    message: str


@dataclass(kw_only=True)
class ScanResult:
    calls: list[CallSite]
    files_scanned: int
    problems: list[FileProblem]
    root: str = ""
    files_parsed: int = 0  # files decoded and parsed this run (not rejected, not cached)
    files_cached: int = 0  # files answered from the cache
    extra: dict[str, Any] = field(default_factory=dict)


def _problem_entry(code: str, message: str) -> dict[str, Any]:
    return {"calls": [], "problems": [{"code": code, "message": message, "severity": "warning"}]}


def _prepare(rel: str, root: str, known_sha: str | None) -> dict[str, Any] | tuple[dict[str, Any], str]:
    """Stat, read, pre-filter and decode one file: a finished entry, or (partial entry, text) to parse."""
    absolute = os.path.join(root, rel)
    stat = stat_key(absolute)
    if stat is None:
        return {"stat": None, "sha": None, **_problem_entry("file-unreadable", "The file cannot be read.")}
    if stat[0] > MAX_FILE_BYTES:
        return {
            "stat": stat,
            "sha": None,
            **_problem_entry("file-too-large", f"{stat[0]:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit."),
        }
    try:
        data = read_regular_bytes(absolute, MAX_FILE_BYTES)  # never blocks on a FIFO, never reads /dev/zero
    except OSError as exc:
        return {
            "stat": stat,
            "sha": None,
            **_problem_entry("file-unreadable", f"The file cannot be read: {exc.strerror}."),
        }
    language = language_of(rel) or "python"
    if not may_call_llm(data, "python" if language == "notebook" else language):
        passes, consulted = imported_llm_modules(data, absolute, root) if language == "python" else (False, [])
        if not passes:  # the imported modules it consulted are dependencies: one may gain an LLM object
            deps = {d: stat_key(d) for d in consulted}
            return {"stat": stat, "sha": None, "calls": [], "problems": [], "parsed": False, "deps": deps}
    digest = sha256_of(data)
    if known_sha == digest:
        return {"stat": stat, "sha": digest, "same": True}
    try:
        text = decode_source(data)
    except UnreadableSource as exc:
        return {"stat": stat, "sha": digest, **_problem_entry(exc.code, str(exc))}
    return {"stat": stat, "sha": digest}, text


def _parse(rel: str, text: str, root: str, config: RiceConfig) -> dict[str, Any]:
    """Scan decoded text; calls and problems as plain dicts, plus the prompt files read (cache dependencies)."""
    try:
        with tracking() as reads:  # modules read while resolving, also when the file turns out to have no call
            calls, problems = scan_text(text, rel, config, None, root)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a repository scan
        return _problem_entry("scanner-error", f"Scanner failure: {exc.__class__.__name__}: {exc}")
    deps = sorted(
        reads | {f for c in calls for f in (*c.extra.get("prompt_files", ()), *c.extra.get("depends_on", ()))}
    )
    return {
        "calls": [callsite_to_dict(c) for c in calls],
        "problems": [problem_to_dict(p) for p in problems],
        "deps": {d: stat_key(d) for d in deps},
        "parsed": True,
    }


def scan_file(rel: str, root: str, config: RiceConfig, known_sha: str | None = None) -> dict[str, Any]:
    """Scan one root-relative file; returns a cache entry (stat, sha, calls, problems, deps). Never raises."""
    prepared = _prepare(rel, root, known_sha)
    if isinstance(prepared, dict):
        return prepared
    entry, text = prepared
    return {**entry, **_parse(rel, text, root, config)}


def _parse_chunk(args: tuple[list[tuple[str, str]], str, RiceConfig]) -> list[dict[str, Any]]:
    items, root, config = args
    return [_parse(rel, text, root, config) for rel, text in items]


def _run(
    items: list[tuple[str, str | None]], root: str, config: RiceConfig, progress: Progress | None, workers: int | None
) -> list[tuple[str, dict[str, Any]]]:
    """Read and pre-filter in this process; parse in a process pool when many files need parsing."""
    out: list[tuple[str, dict[str, Any]]] = []
    to_parse: list[tuple[str, dict[str, Any], str]] = []
    for rel, sha in items:
        prepared = _prepare(rel, root, sha)
        if isinstance(prepared, dict):
            out.append((rel, prepared))
        else:
            to_parse.append((rel, *prepared))
    total = len(items)
    if progress:
        progress(len(out), total)
    count = workers if workers is not None else min(os.cpu_count() or 1, 8)
    chunks = [to_parse[i : i + CHUNK_FILES] for i in range(0, len(to_parse), CHUNK_FILES)]
    jobs = [([(rel, text) for rel, _, text in chunk], root, config) for chunk in chunks]
    parsed: list[list[dict[str, Any]]] | None = None
    if count > 1 and len(to_parse) >= PARALLEL_MIN_FILES:
        parsed = _parse_in_pool(jobs, count, lambda n: progress(len(out) + n, total) if progress else None)
    results = parsed if parsed is not None else map(_parse_chunk, jobs)
    out.extend(_collect(chunks, results, None if parsed is not None else progress, out, total))
    return out


def _parse_in_pool(
    jobs: list[tuple[list[tuple[str, str]], str, RiceConfig]], count: int, advance: Callable[[int], object]
) -> list[list[dict[str, Any]]] | None:
    """Parse chunks in a process pool; None (parse here instead) where processes cannot be started."""
    done: list[list[dict[str, Any]]] = []
    try:
        with ProcessPoolExecutor(max_workers=count, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            for result in pool.map(_parse_chunk, jobs):
                done.append(result)
                advance(sum(len(r) for r in done))
    except (OSError, BrokenProcessPool):
        return None
    return done


def _collect(
    chunks: list[list[tuple[str, dict[str, Any], str]]],
    results: Iterable[list[dict[str, Any]]],
    progress: Progress | None,
    done: list[tuple[str, dict[str, Any]]],
    total: int,
) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for chunk, parsed in zip(chunks, results):
        out.extend((rel, {**entry, **result}) for (rel, entry, _), result in zip(chunk, parsed))
        if progress:
            progress(len(done) + len(out), total)
    return out


def scan_root(paths: Sequence[str]) -> str:
    """The scan root for the given paths: the folder scanned, a file's folder, or their common folder."""
    folders = [p if os.path.isdir(p) else os.path.dirname(p) or "." for p in (os.path.abspath(x) for x in paths)]
    return os.path.commonpath(folders) if folders else os.getcwd()


def fingerprint(config: RiceConfig) -> str:
    """Settings and scanner data that change per-file results: a different fingerprint empties the cache."""
    from importlib import resources

    from rice_core import __version__

    table = (resources.files("rice_core.scan.python") / "data" / "python_sdks.yaml").read_bytes()
    d = config.defaults
    return json.dumps(
        [CACHE_VERSION, __version__, sha256_of(table)[:16], d.model, d.output_tokens, d.placeholder_tokens]
    )


def scan_paths(
    paths: Iterable[str] | str,
    *,
    root: str | None = None,
    config: RiceConfig | None = None,
    cache_dir: str | None = None,
    progress: Progress | None = None,
    use_cache: bool = True,
    workers: int | None = None,
) -> ScanResult:
    """Scan files and folders. Paths in results are relative to ``root`` (default: the common folder)."""
    path_list = [paths] if isinstance(paths, str) else list(paths) or ["."]
    cfg = config or RiceConfig()
    base = os.path.abspath(root) if root else scan_root(path_list)
    files = discover(path_list, base, cfg.scan.include, cfg.scan.exclude)
    directory = (cache_dir or default_cache_dir(base)) if use_cache else None
    cache = open_cache(directory, fingerprint(cfg))
    entries: dict[str, dict[str, Any]] = {}
    pending: list[tuple[str, str | None]] = []
    for rel in files:
        hit = cache.lookup(rel, os.path.join(base, rel))
        if hit is not None:
            entries[rel] = hit
        else:
            old = cache.entries.get(rel)
            pending.append((rel, old.get("sha") if old and not old.get("deps") else None))
    cached = len(entries)
    parsed = _merge(_run(pending, base, cfg, progress, workers), cache, entries)
    save_cache(cache, keep=set(files))
    return _result(files, entries, base, parsed, cached)


def _merge(done: list[tuple[str, dict[str, Any]]], cache: ScanCache, entries: dict[str, dict[str, Any]]) -> int:
    parsed = 0
    for rel, entry in done:
        if entry.get("same"):
            entry = {**cache.entries[rel], "stat": entry["stat"]}
        else:
            parsed += bool(entry.get("parsed"))
        entries[rel] = entry
        if entry.get("stat") is not None:
            cache.store(rel, entry)
    return parsed


def _result(files: list[str], entries: dict[str, dict[str, Any]], base: str, parsed: int, cached: int) -> ScanResult:
    calls: list[CallSite] = []
    problems: list[FileProblem] = []
    for rel in files:
        entry = entries[rel]
        calls.extend(callsite_from_dict(c) for c in entry.get("calls", ()))
        problems.extend(FileProblem(rel, p["code"], p["message"]) for p in entry.get("problems", ()))
    return ScanResult(
        calls=calls, files_scanned=len(files), problems=problems, root=base, files_parsed=parsed, files_cached=cached
    )
