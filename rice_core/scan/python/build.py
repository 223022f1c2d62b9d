"""Turn a matched call into a ``CallSite``: model, prompt tokens, output tokens, annotations, spans, warnings."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.annotations import annotation_for
from rice_core.scan.callsite import CallSite, Span
from rice_core.scan.python.args import argument, arguments
from rice_core.scan.python.match import Match
from rice_core.scan.python.model import choose_model, spread_argument
from rice_core.scan.python.output import OutputTokens, output_tokens
from rice_core.scan.python.partial import call_views
from rice_core.scan.python.prompts import (
    UNKNOWN,
    PromptEvaluator,
    Text,
    finalize,
    merge,
    templatize,
)
from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import dict_items
from rice_core.scan.python.workload_hints import call_hints
from rice_core.scan.workload import placeholder_message, size_placeholders
from rice_core.scan.source_text import codepoint_column
from rice_core.scan.tokencount import prompt_tokens_of


@dataclass
class BuildContext:
    path: str
    lines: list[str]
    config: RiceConfig
    evaluator: PromptEvaluator
    annotations: dict[int, dict[str, str]] = field(default_factory=dict)
    prompt_text: str = ""  # the last call's literal prompt (issue 16: kind of work)
    placeholders: tuple[tuple[str, int, str], ...] = ()  # the last call's sized placeholders


def span_of(node: ast.expr, lines: list[str]) -> Span:
    line, end_line = node.lineno, node.end_lineno or node.lineno
    first = lines[line - 1] if 0 < line <= len(lines) else ""
    last = lines[end_line - 1] if 0 < end_line <= len(lines) else ""
    return Span(
        line, codepoint_column(first, node.col_offset), end_line, codepoint_column(last, node.end_col_offset or 0)
    )


def _chain_prompt(node: ast.Call, scope: Scope, match: Match, ev: PromptEvaluator) -> Text:
    chain = match.chain
    assert chain is not None
    template = ev.text(chain.prompt, chain.scope or scope) if chain.prompt is not None else UNKNOWN
    arg = argument(node, (0, "input", "inputs"))
    items = dict_items(arg, scope) if arg is not None else None
    if items is not None:
        values = {k: ev.text(v, scope) for k, v in items.items()}
    elif arg is not None:
        values = {"": ev.text(arg, scope)}
    else:
        values = {k.arg: ev.text(k.value, scope) for k in node.keywords if k.arg}
    if not template.parts or (chain.agent and not _has_fields(template)):
        # no static template (none given, or hub.pull), or an agent's plain system prompt that the passed messages
        # follow: count what the call passes in, with the template
        passed = [finalize(v) for v in values.values()]
        return merge([*passed, *([template] if chain.prompt is not None else [])]) if passed else template
    if "" in values and template.template:  # single-variable prompt fed a bare value
        from rice_core.scan.python.templates import fields_of

        names = [n for part in template.parts for n in fields_of(part, template.template)[1]]
        values = {names[0]: values[""]} if names else {}
    return templatize(template, template.template or "format", values)


def _has_fields(template: Text) -> bool:
    from rice_core.scan.python.templates import fields_of

    return any(fields_of(part, template.template or "format")[1] for part in template.parts)


def _prompt_texts(node: ast.Call, scope: Scope, match: Match, ev: PromptEvaluator) -> list[Text]:
    if match.chain is not None:
        return [_chain_prompt(node, scope, match, ev)]
    if match.http:
        items = dict_items(match.body, scope) or {}
        keys = ("system", "instructions", "messages", "prompt", "input", "contents", "inputs")
        return [finalize(ev.text(items[k], scope)) for k in keys if k in items] or [UNKNOWN]
    texts: list[Text] = []
    for call, where in call_views(node, scope, match.bound):
        exprs = arguments(call, match.pattern.prompt)
        spread = spread_argument(call, where, match.pattern.prompt) if not exprs else None
        texts += [finalize(ev.text(expr, where)) for expr in (exprs or ([spread] if spread is not None else []))]
    if match.inst is not None:
        for origin in match.inst.origins:
            texts += [finalize(ev.text(e, origin.scope)) for e in arguments(origin.call, match.inst.spec.ctor_prompt)]
    return texts or [UNKNOWN]


def _prompt(
    node: ast.Call, scope: Scope, match: Match, model: str, ctx: BuildContext
) -> tuple[int, int, str, list[Problem], list[str]]:
    texts = _prompt_texts(node, scope, match, ctx.evaluator)
    ctx.prompt_text = "".join(t.literal for t in texts)[:2000]
    literal_tokens = sum(prompt_tokens_of(t.parts, t.messages, model) for t in texts)
    holes = sum(t.placeholders for t in texts)
    unknown = sum(t.unknown for t in texts)
    if not holes + unknown and not any(t.literal for t in texts):
        unknown = 1  # nothing static at all: one unknown value
    ctx.placeholders = size_placeholders([h for t in texts for h in t.found], holes + unknown, ctx.config)
    estimated = sum(tokens for _, tokens, _ in ctx.placeholders)
    files = [f for t in texts for f in t.files]
    warnings: list[Problem] = []
    if not any(t.literal.strip() for t in texts):
        source = "default"
        warnings.append(Problem("unresolved-prompt", f"Prompt not resolved statically; counted as {estimated} tokens."))
    else:
        source = "file" if files else "template" if holes + unknown else "literal"
        if holes + unknown:
            warnings.append(Problem("prompt-placeholders-estimated", placeholder_message(ctx.placeholders), "info"))
    return literal_tokens, estimated, source, warnings, files


def _output_limit(node: ast.Call, scope: Scope, match: Match) -> OutputTokens:
    """The call's own limit, then a ``functools.partial``'s, then the instance's constructors."""
    views = call_views(node, scope, match.bound)
    for index, (call, where) in enumerate(views):
        found = output_tokens(call, where, match.inst if index == len(views) - 1 else None, match.body)
        if found.key:
            return found
    return found


def _output(node: ast.Call, scope: Scope, match: Match, ctx: BuildContext) -> tuple[int, str, list[Problem]]:
    found = _output_limit(node, scope, match)
    if found.value is not None:
        return found.value, found.source, []
    default = ctx.config.defaults.output_tokens
    why = f"{found.key} is not a constant" if found.key else "the call sets no max output tokens"
    return (
        default,
        "config-default",
        [
            Problem(
                "default-output-tokens", f"{why}; output capped at {default} tokens (defaults.output_tokens).", "info"
            )
        ],
    )


def build_callsite(node: ast.Call, scope: Scope, match: Match, ctx: BuildContext) -> CallSite:
    span = span_of(node, ctx.lines)
    note = annotation_for(ctx.annotations, ctx.lines, span.line, span.end_line)
    choice = choose_model(node, scope, match, ctx.config.defaults.model)
    model, model_source, warnings = choice.name, choice.source, list(choice.warnings)
    model_span = span_of(choice.node, ctx.lines) if choice.node is not None else None
    if "model" in note:
        model, model_source, warnings = note["model"], "annotation", []
    literal, estimated, prompt_source, prompt_warnings, files = _prompt(node, scope, match, model, ctx)
    out, out_source, out_warnings = _output(node, scope, match, ctx)
    views = call_views(node, scope, match.bound)
    origins = [(o.call, o.scope) for o in (match.inst.origins if match.inst is not None else ())]
    hints = call_hints([*views, *origins], match.body, scope)
    if note.get("prompt_tokens", "").isdigit():
        literal, estimated, prompt_source, prompt_warnings = int(note["prompt_tokens"]), 0, "annotation", []
    if note.get("output_tokens", "").isdigit():
        out, out_source, out_warnings = int(note["output_tokens"]), "annotation", []
    return CallSite(
        path=ctx.path,
        span=span,
        sdk=match.pattern.sdk,
        api=match.pattern.api,
        model=model,
        model_source=model_source,
        prompt_tokens=literal + estimated,
        prompt_source=prompt_source,
        output_tokens=out,
        output_tokens_source=out_source,
        literal_prompt_tokens=literal,
        estimated_prompt_tokens=estimated,
        function=scope.qualname,
        model_span=model_span,
        volume=note.get("volume"),
        ignored="ignore" in note,
        warnings=tuple(warnings + prompt_warnings + out_warnings),
        extra={"prompt_files": files} if files else {},
        output_hints=tuple(hints.hints) + ((f"kind:{note['kind']}",) if note.get("kind") else ()),
        prompt_text=ctx.prompt_text,
        reasoning_effort=hints.effort,
        reasoning_budget=hints.budget,
        placeholders=() if prompt_source == "annotation" else ctx.placeholders,
    )
