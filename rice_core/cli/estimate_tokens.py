"""``rice estimate`` token options (issue 16): an exact ``--output-tokens`` count, or a ``--max-tokens`` cap priced at
the expected length of the ``--kind`` of work under it (the cap is the range's high end); hidden reasoning of
reasoning models by ``--reasoning-effort`` (``rice_core/data/catalog/reasoning.json``) or a stated count."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from rice_core.errors import InputError
from rice_core.workload import Reasoning, TokenPlan, kind_ids, output_kind, plan_tokens, reasoning_model
from rice_core.workload.expected import STATED_OUTPUT
from rice_core.workload.lengths import default_kind
from rice_core.workload.reasoning import NO_REASONING, expected_reasoning

EFFORTS = ("minimal", "low", "medium", "high")


def add_token_options(p: Any) -> None:
    """The output and reasoning options of ``rice estimate``."""
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--output-tokens", type=int, metavar="N", help="exact count of visible output tokens")
    out.add_argument(
        "--max-tokens",
        type=int,
        metavar="CAP",
        help="the call's output cap (max_tokens): priced at the expected length for --kind, the cap as the high end",
    )
    p.add_argument("--kind", metavar="KIND", help="kind of work under --max-tokens (default chat; see docs/tokens.md)")
    hidden = p.add_mutually_exclusive_group()
    hidden.add_argument(
        "--reasoning-effort",
        choices=EFFORTS,
        help="reasoning effort of a reasoning model (default: the model's own; see reasoning.json)",
    )
    hidden.add_argument(
        "--reasoning-tokens", type=int, metavar="N", help="exact count of hidden reasoning tokens (0: none)"
    )


def token_plan(args: argparse.Namespace) -> TokenPlan:
    """The visible output and hidden reasoning to price, from the token options; ``InputError`` when they clash."""
    reasoning = stated_reasoning(args)
    if args.output_tokens is not None:
        if args.kind is not None:
            raise InputError("--kind applies with --max-tokens (an expected length under a cap), not --output-tokens")
        return exact_plan(args, reasoning)
    if args.max_tokens < 1:
        raise InputError(f"--max-tokens must be a whole number from 1, got {args.max_tokens}")
    kind_id = args.kind or default_kind().id
    if output_kind(kind_id) is None:
        raise InputError(f"unknown --kind {kind_id!r}; one of: {', '.join(kind_ids())}")
    if reasoning is not None and reasoning.tokens >= args.max_tokens:
        raise InputError(f"--reasoning-tokens {reasoning.tokens} leaves no room under --max-tokens {args.max_tokens}")
    why = f"--kind {kind_id}" if args.kind else "default (no --kind)"
    effort = args.reasoning_effort or ""
    return plan_tokens(kind_id, why, args.max_tokens, True, args.model, effort, reasoning=reasoning)


def exact_plan(args: argparse.Namespace, reasoning: Reasoning | None) -> TokenPlan:
    """``--output-tokens N``: N visible tokens (central and cap), reasoning on top (the model's, or stated)."""
    if reasoning is None:
        reasoning = expected_reasoning(args.model, args.reasoning_effort or "")
    n = args.output_tokens
    return TokenPlan(
        output_tokens=n,
        cap_tokens=n,
        cap_explicit=False,
        kind=default_kind(),
        kind_why=STATED_OUTPUT[1],
        reasoning=reasoning,
        cap_source="argument",
    )


def stated_reasoning(args: argparse.Namespace) -> Reasoning | None:
    """A stated reasoning count, None to reckon it from the catalog; an effort the model does not take fails."""
    if args.reasoning_tokens is not None:
        if args.reasoning_tokens < 0:
            raise InputError(f"--reasoning-tokens must be 0 or more, got {args.reasoning_tokens}")
        n = args.reasoning_tokens
        return replace(NO_REASONING, tokens=n, high_tokens=n, how="--reasoning-tokens") if n else NO_REASONING
    if args.reasoning_effort is not None:
        entry = reasoning_model(args.model)
        if entry is None:
            raise InputError(
                f"{args.model or 'this model'} emits no hidden reasoning tokens (not in reasoning.json); "
                "--reasoning-effort applies to reasoning models (--reasoning-tokens N states a count)"
            )
        if entry.style != "effort":
            raise InputError(
                f"{args.model} takes no reasoning effort (its reasoning is set by {entry.style}); "
                "give --reasoning-tokens N"
            )
    return None
