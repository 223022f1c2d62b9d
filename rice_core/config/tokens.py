"""Converters of the ``tokens:`` section of rice.yaml (issue 16): placeholder sizes by name and kinds of work
by path glob. Each raises ``ValueError`` saying what was expected; ``schema.build_config`` adds file and line."""

from __future__ import annotations

from typing import Any

from rice_core.config.settings import KindRule


def placeholder_sizes(value: Any) -> tuple[tuple[str, int], ...]:
    """``{context: 2000, "user_*": 300}`` → ((name or glob, tokens), …)."""
    if not isinstance(value, dict):
        raise ValueError(f"expected a mapping of placeholder name (or glob) to tokens, got {value!r}")
    out = []
    for name, tokens in value.items():
        if isinstance(tokens, bool) or not isinstance(tokens, int) or tokens < 0:
            raise ValueError(f"placeholder {name!r}: expected a whole number of tokens >= 0, got {tokens!r}")
        out.append((str(name), tokens))
    return tuple(out)


def kind_rules(value: Any) -> tuple[KindRule, ...]:
    """``[{match: "src/classify/**", kind: classification}, …]`` (the last matching rule wins)."""
    from rice_core.workload.lengths import kind_ids

    if not isinstance(value, list):
        raise ValueError(f'expected a list of {{match: "glob", kind: "..."}} entries, got {value!r}')
    out = []
    for index, entry in enumerate(value):
        if not isinstance(entry, dict) or set(entry) != {"match", "kind"}:
            raise ValueError(f'entry {index}: expected {{match: "glob", kind: "..."}}, got {entry!r}')
        if entry["kind"] not in kind_ids():
            raise ValueError(f"entry {index}: kind {entry['kind']!r} is not one of {', '.join(kind_ids())}")
        if not isinstance(entry["match"], str) or not entry["match"].strip():
            raise ValueError(f"entry {index}: match must be a non-empty glob string")
        out.append(KindRule(entry["match"], entry["kind"]))
    return tuple(out)
