"""Issue 16 hooks shared by the Python and JS/TS front ends and pricing: size a call's placeholders by meaning
(with ``rice.yaml`` ``tokens.placeholders`` overrides), word the scanner's placeholder note, and plan a call's
expected output and reasoning tokens (kind of work from the code, ``# rice: kind=`` or ``tokens.kinds``)."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import replace

from rice_core.config import RiceConfig
from rice_core.globs import glob_to_regex
from rice_core.scan.callsite import CallSite
from rice_core.workload import TokenPlan, infer_kind, plan_tokens
from rice_core.workload.placeholders import Hole, size_hole

Sized = tuple[tuple[str, int, str], ...]  # (name, tokens, how)


def size_placeholders(found: Sequence[Hole], total: int, config: RiceConfig) -> Sized:
    """``total`` placeholders: those the code describes (``found``) by meaning, the rest at the default."""
    default = config.defaults.placeholder_tokens
    overrides = dict(config.tokens.placeholders)
    out = [(g.name, g.tokens, g.how) for g in (size_hole(h, overrides, default) for h in list(found)[:total])]
    out += [("", default, "defaults.placeholder_tokens (value not static)")] * (total - len(out))
    return tuple(out)


def placeholder_message(sized: Sized) -> str:
    """``2 placeholder(s) estimated as 1,070 tokens: context ≈ 1,000 (retrieved passages: 4 × 250), …``."""
    parts = [f"{name or 'unnamed'} ≈ {tokens:,} ({how})" for name, tokens, how in sized]
    total = sum(tokens for _, tokens, _ in sized)
    return f"{len(sized)} placeholder(s) estimated as {total:,} tokens: " + "; ".join(parts) + "."


def kind_rule(call: CallSite, config: RiceConfig) -> str | None:
    """The kind of the last ``tokens.kinds`` rule matching the call's path (and ``::function``), else None."""
    found = None
    for rule in config.tokens.kinds:
        if _matches(rule.match, call.path, call.function):
            found = rule.kind
    return found


def _matches(match: str, path: str, function: str | None) -> bool:
    """Glob semantics of ``volume.overrides`` (``**`` crosses directories, ``::function`` on the qualified name)."""
    path_glob, _, function_glob = match.partition("::")
    if function_glob and not (
        function
        and (
            fnmatch.fnmatchcase(function, function_glob)
            or fnmatch.fnmatchcase(function.rsplit(".", 1)[-1], function_glob)
        )
    ):
        return False
    glob = (path_glob.strip() or "**").replace("\\", "/").lstrip("./").rstrip("/")
    return re.match(glob_to_regex(glob) + "(?:/.*)?$", path.replace("\\", "/").lstrip("./")) is not None


def plan_for(call: CallSite, config: RiceConfig, model: str | None = None) -> TokenPlan:
    """Expected tokens of a call: ``# rice: kind=`` > rice.yaml ``tokens.kinds`` > what the code says > chat.

    ``# rice: output_tokens=N`` states the expected output itself (central and cap N).
    """
    kind, why = infer_kind(call.output_hints, call.prompt_text, call.function or "")
    rule = None if any(h.startswith("kind:") for h in call.output_hints) else kind_rule(call, config)
    if rule is not None:
        kind, why = rule, "rice.yaml tokens.kinds"
    explicit = call.output_tokens_source not in ("config-default", "")
    plan = plan_tokens(
        kind, why, call.output_tokens, explicit, model or call.model, call.reasoning_effort, call.reasoning_budget
    )
    if call.output_tokens_source == "annotation":
        return replace(plan, output_tokens=call.output_tokens, kind_why="# rice: output_tokens=")
    return plan
