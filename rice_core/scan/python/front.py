"""Python front end: parse (recovering from syntax errors), collect scopes, match SDK calls, build CallSites."""

from __future__ import annotations

import dataclasses
import functools
import os

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.annotations import annotation_lines
from rice_core.scan.callsite import CallSite
from rice_core.scan.generation import generates_text
from rice_core.scan.python.build import BuildContext, build_callsite
from rice_core.scan.python.files import FileContext
from rice_core.scan.python.match import match_call
from rice_core.scan.python.modules import scan_session
from rice_core.scan.python.prompts import PromptEvaluator
from rice_core.scan.python.scopes import collect
from rice_core.scan.python.recovery import SyntaxFault, TooDeep, parse_recovering
from rice_core.scan.python.requests import no_request, with_requests


@functools.lru_cache(maxsize=256)
def repository_root(folder: str) -> str:
    """The nearest folder at or above ``folder`` holding ``.git``; ``folder`` itself when there is none."""
    current = folder
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return folder
        current = parent


def _file_context(path: str | None, root: str | None) -> FileContext:
    """Where prompt files may be read from: inside ``root``, else inside the file's repository (or folder)."""
    if path is None or path.startswith("<"):
        return FileContext(None, os.path.abspath(root) if root else None)
    file_abs = os.path.abspath(path if os.path.isabs(path) or root is None else os.path.join(root, path))
    return FileContext(file_abs, os.path.abspath(root) if root else repository_root(os.path.dirname(file_abs)))


def _syntax_problem(fault: SyntaxFault) -> Problem:
    message = f"Syntax error ({fault.message}); only the parts that parse were scanned."
    return Problem("syntax-error", message, line=fault.line, column=fault.column)


def scan_python(
    text: str, path: str | None, config: RiceConfig, root: str | None = None
) -> tuple[list[CallSite], list[Problem]]:
    """Every LLM call in a Python source text, with the file-level problems (syntax errors, nesting)."""
    problems: list[Problem] = []
    try:
        tree, fault = parse_recovering(text)
        if fault is not None:
            problems.append(_syntax_problem(fault))
        info = collect(tree)
        lines = text.splitlines()
        file_ctx = _file_context(path, root)
        info.module.file = file_ctx
        ctx = BuildContext(path or "<untitled>", lines, config, PromptEvaluator(file_ctx), annotation_lines(lines))
        calls = []
        with scan_session():  # cross-module look-ups are remembered for this file's scan only
            for node, scope in info.calls:
                match = match_call(node, scope, info)
                if match is not None and not no_request(node, match):
                    call = with_requests(build_callsite(node, scope, match, ctx), node, scope, match)
                    if generates_text(call):
                        calls.append(call)
    except (TooDeep, RecursionError):
        return [], [*problems, Problem("file-too-deep", "The code nests too deeply to analyse; the file was skipped.")]
    calls.sort(key=lambda c: (c.span.line, c.span.column))
    if file_ctx.deps:  # other files the results depend on (prompt files, imported modules): cache invalidation
        depends = sorted(file_ctx.deps)
        calls = [dataclasses.replace(c, extra={**c.extra, "depends_on": depends}) for c in calls]
    return calls, problems
