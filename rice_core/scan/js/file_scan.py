"""Parse one file and build a ``CallSite`` for every recognised call (wiring of the front end's parts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite, Span
from rice_core.scan.generation import generates_text
from rice_core.scan.js.annotations import Annotations
from rice_core.scan.js.build import SiteBuilder
from rice_core.scan.js.clients import ClientResolver
from rice_core.scan.js.files import PromptFiles, ReadLog, RepoPaths, repo_paths
from rice_core.scan.js.index import build_index
from rice_core.scan.js.local import with_local
from rice_core.scan.js.match import CallMatcher, Match
from rice_core.scan.js.mocks import mocked_modules, sends_to_a_mock
from rice_core.scan.js.modules import ModuleConstants
from rice_core.scan.js.parse import Positions, language_for, parse_bytes, text_of
from rice_core.scan.js.prompts import PromptReader
from rice_core.scan.js.recovery import closing_suffix
from rice_core.scan.js.resolve import Resolver
from rice_core.scan.js.scope import FileIndex
from rice_core.scan.js.table import load_table
from rice_core.scan.js.values import Evaluator


def scan_parsed(
    data: bytes,
    path: str,
    grammar: str,
    language: str,
    config: RiceConfig,
    root: str | None = None,
) -> tuple[list[CallSite], list[Problem]]:
    """Sites of one file; a file with syntax errors is also tried with its open brackets closed at the end."""
    paths = repo_paths(path, root)
    sites, index = _sites(data, path, grammar, language, config, paths)
    problems = _syntax_problems(index.error_nodes, Positions(data)) if index.error_nodes else []
    suffix = closing_suffix(data.decode("utf-8", errors="replace")) if problems else ""
    if suffix:
        repaired, _ = _sites(data + suffix.encode("utf-8"), path, grammar, language, config, paths)
        if len(repaired) > len(sites):
            sites = [_clamped(site, Positions(data)) for site in repaired]
    return sites, problems


def _sites(
    data: bytes, path: str, grammar: str, language: str, config: RiceConfig, paths: RepoPaths | None
) -> tuple[list[CallSite], FileIndex]:
    tree = parse_bytes(data, grammar)
    positions = Positions(data)
    index = build_index(tree.root_node, language_for(grammar))
    evaluator = Evaluator(index)
    log = ReadLog()
    if paths is not None:
        evaluator.read_file = PromptFiles(paths, evaluator, log).read
        evaluator.modules = ModuleConstants(paths, log)
    table = load_table()
    clients = ClientResolver(index, table)
    clients.modules = evaluator.modules
    matcher = CallMatcher(evaluator, clients)
    builder = SiteBuilder(
        path=path,
        language=language,
        config=config,
        positions=positions,
        resolver=Resolver(evaluator),
        prompts=PromptReader(evaluator),
        annotations=Annotations(index.comments, positions),
        table=table,
    )
    sites = []
    mocked = mocked_modules(index)
    for call in index.calls:
        log.take()  # what matching this call reads (a client exported by another module) counts for it
        match = matcher.match(call)
        if match is not None and not _loads_only(match) and not sends_to_a_mock(call, match, index, mocked):
            site = builder.build(call, match)
            extra = log.take()
            if generates_text(site, _body_text(match)):
                site = replace(site, extra=extra) if extra else site
                sites.append(with_local(site, match.client, match.options))
    return sites, index


def _body_text(match: Match) -> str:
    """The source of a request body option (``body: createBodyImage(id, params)``), for the image-request test."""
    body = match.options.get("body")
    return text_of(body)[:200] if body is not None else ""


def _loads_only(match: Match) -> bool:
    """`ollama.generate({model})` / `{prompt: ""}`: loads the model, generates nothing."""
    if not match.method.require_prompt:
        return False
    given = [match.options[k] for k in match.method.prompt if isinstance(k, str) and k in match.options]
    return all(node.type == "string" and len(text_of(node)) <= 2 for node in given)


def _clamped(site: CallSite, positions: Positions) -> CallSite:
    """A site found in the repaired text, its end moved back inside the original text."""
    last_row = positions.last_row()
    if site.span.end_line - 1 <= last_row:
        return site
    end_column = len(positions.line_text(last_row).rstrip("\n"))
    return replace(site, span=Span(site.span.line, site.span.column, last_row + 1, end_column))


def _syntax_problems(error_nodes: list[Any], positions: Positions) -> list[Problem]:
    if not error_nodes:
        return []
    nodes = error_nodes[:50]
    innermost = [n for n in nodes if not any(o is not n and _inside(o, n) for o in nodes)] or nodes
    first = min(innermost, key=lambda n: n.start_byte)
    # An ERROR that swallowed whole statements starts where its first loose token is, not at its own start.
    loose = next((c for c in first.children if not c.is_named), first) if first.type == "ERROR" else first
    row, col = loose.start_point
    column = positions.column(row, col)
    message = f"Syntax error at line {row + 1}, column {column + 1}; only the parts that parse were scanned."
    return [Problem("syntax-error", message, line=row + 1, column=column)]


def _inside(inner: Any, outer: Any) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte and inner.id != outer.id
