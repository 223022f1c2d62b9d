"""Parse one file and build a ``CallSite`` for every recognised call (wiring of the front end's parts)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite
from rice_core.scan.js.annotations import Annotations
from rice_core.scan.js.build import SiteBuilder
from rice_core.scan.js.clients import ClientResolver
from rice_core.scan.js.files import PromptFiles, ReadLog, repo_paths
from rice_core.scan.js.match import CallMatcher
from rice_core.scan.js.modules import ModuleConstants
from rice_core.scan.js.parse import Positions, language_for, parse_bytes
from rice_core.scan.js.prompts import PromptReader
from rice_core.scan.js.resolve import Resolver
from rice_core.scan.js.scope import build_index
from rice_core.scan.js.table import load_table
from rice_core.scan.js.values import Evaluator


def scan_parsed(
    data: bytes, path: str, grammar: str, language: str, config: RiceConfig, root: str | None = None,
) -> tuple[list[CallSite], list[Problem]]:
    tree = parse_bytes(data, grammar)
    positions = Positions(data)
    index = build_index(tree.root_node, language_for(grammar))
    evaluator = Evaluator(index)
    paths = repo_paths(path, root)
    log = ReadLog()
    if paths is not None:
        evaluator.read_file = PromptFiles(paths, evaluator, log).read
        evaluator.modules = ModuleConstants(paths, log)
    table = load_table()
    matcher = CallMatcher(evaluator, ClientResolver(index, table))
    builder = SiteBuilder(path, language, config, positions, Resolver(evaluator), PromptReader(evaluator),
                          Annotations(index.comments, positions), table)
    sites = []
    for call in index.calls:
        match = matcher.match(call)
        if match is not None:
            log.take()
            site = builder.build(call, match)
            extra = log.take()
            sites.append(replace(site, extra=extra) if extra else site)
    return sites, _syntax_problems(index.error_nodes, positions)


def _syntax_problems(error_nodes: list[Any], positions: Positions) -> list[Problem]:
    if not error_nodes:
        return []
    nodes = error_nodes[:50]
    innermost = [n for n in nodes if not any(o is not n and _inside(o, n) for o in nodes)] or nodes
    first = min(innermost, key=lambda n: n.start_byte)
    row, col = first.start_point
    where = f"line {row + 1}, column {positions.column(row, col) + 1}"
    return [Problem("syntax-error", f"Syntax error at {where}; only the parts that parse were scanned.")]


def _inside(inner: Any, outer: Any) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte and inner.id != outer.id
