"""A small .gitignore matcher for trees outside git: the root ``.gitignore`` patterns (globs, ``/`` anchors,
trailing ``/`` for folders, ``**``, ``!`` negation)."""
from __future__ import annotations

import re
from dataclasses import dataclass

ALWAYS_SKIPPED_DIRS = frozenset(
    {".git", "node_modules", ".venv", "venv", "__pycache__", "build", "dist", ".rice-cache", ".tox", ".mypy_cache",
     ".pytest_cache", ".ruff_cache", ".hg", ".svn", ".eggs", "site-packages"}
)


@dataclass(frozen=True)
class Rule:
    regex: re.Pattern[str]
    negate: bool
    dir_only: bool


def _glob_to_regex(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            ch = pattern[i]
            out.append("[^/]*" if ch == "*" else "[^/]" if ch == "?" else re.escape(ch))
            i += 1
    return "".join(out)


def parse_gitignore(text: str) -> list[Rule]:
    rules = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        line = line[1:] if negate else line
        dir_only = line.endswith("/")
        line = line.strip("/") if dir_only else line
        anchored = "/" in line.lstrip("/") or raw.strip().lstrip("!").startswith("/")
        body = _glob_to_regex(line.lstrip("/"))
        prefix = "^" if anchored else "^(?:.*/)?"
        rules.append(Rule(re.compile(prefix + body + "$"), negate, dir_only))
    return rules


def ignored(rel_path: str, is_dir: bool, rules: list[Rule]) -> bool:
    """Whether a root-relative path (``/``-separated) is ignored; the last matching rule wins."""
    result = False
    for rule in rules:
        if rule.dir_only and not is_dir:
            continue
        if rule.regex.match(rel_path):
            result = not rule.negate
    return result
