"""A small .gitignore matcher for trees outside git: the root ``.gitignore`` patterns (globs, ``/`` anchors,
trailing ``/`` for folders, ``**``, ``!`` negation)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from rice_core.globs import glob_to_regex

ALWAYS_SKIPPED_DIRS = frozenset(
    {
        ".git",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        "build",
        "dist",
        ".rice-cache",
        ".tox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".hg",
        ".svn",
        ".eggs",
        "site-packages",
    }
)


@dataclass(frozen=True)
class Rule:
    regex: re.Pattern[str]
    negate: bool
    dir_only: bool


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
        body = glob_to_regex(line.lstrip("/"))
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
