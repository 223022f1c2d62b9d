"""Turn a matched call into a ``CallSite``: model, prompt tokens, output tokens, annotations, warnings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite
from rice_core.scan.js.annotations import Annotations
from rice_core.scan.js.match import Match
from rice_core.scan.js.parse import Positions, text_of
from rice_core.scan.js.prompts import Message, PromptReader
from rice_core.scan.js.resolve import Resolved, Resolver
from rice_core.scan.js.scope import MAX_ANCESTORS
from rice_core.scan.js.table import JsTable
from rice_core.scan.js.workload_hints import js_holes, js_hints
from rice_core.scan.workload import placeholder_message, size_placeholders
from rice_core.tokens import count_messages, count_text

_NAMED_FUNCTIONS = frozenset(
    {
        "function_declaration",
        "generator_function_declaration",
        "method_definition",
        "class_declaration",
        "class",
        "abstract_class_declaration",
    }
)
_ANONYMOUS_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function"})


_BODY_PROMPT_KEYS = ("system", "messages", "prompt", "inputText")  # the prompt inside a JSON request body


@dataclass(frozen=True)
class PromptCount:
    literal_tokens: int
    estimated_tokens: int
    source: str
    warnings: tuple[Problem, ...]


@dataclass
class SiteBuilder:
    path: str
    language: str
    config: RiceConfig
    positions: Positions
    resolver: Resolver
    prompts: PromptReader
    annotations: Annotations
    table: JsTable
    _prompt_text: str = ""  # the last call's literal prompt (issue 16: kind of work)
    _placeholders: tuple[tuple[str, int, str], ...] = ()  # the last call's placeholders, at the default size

    def build(self, call: Any, match: Match) -> CallSite:
        notes = self.annotations.for_call(call)
        model, model_source, model_span, model_warnings = self._model(match, notes)
        prompt = self._prompt(match, model)
        if notes.get("prompt_tokens", "").isdigit():
            prompt = PromptCount(int(notes["prompt_tokens"]), 0, "annotation", ())
        output_tokens, output_source, output_warnings = self._output(match, notes)
        hints = js_hints(self.prompts.ev, match.method.api, match.options)
        kind = (f"kind:{notes['kind']}",) if notes.get("kind") else ()
        return CallSite(
            path=self.path,
            span=self.positions.span(call),
            sdk=match.method.sdk,
            api=match.method.api,
            model=model,
            model_source=model_source,
            prompt_tokens=prompt.literal_tokens + prompt.estimated_tokens,
            prompt_source=prompt.source,
            output_tokens=output_tokens,
            output_tokens_source=output_source,
            literal_prompt_tokens=prompt.literal_tokens,
            estimated_prompt_tokens=prompt.estimated_tokens,
            function=enclosing_function(call),
            language=self.language,
            model_span=model_span,
            volume=notes.get("volume"),
            ignored="ignore" in notes,
            warnings=model_warnings + prompt.warnings + output_warnings,
            output_hints=tuple(hints.hints) + kind,
            prompt_text=self._prompt_text,
            reasoning_effort=hints.effort,
            reasoning_budget=hints.budget,
            placeholders=self._placeholders if prompt.source != "annotation" else (),
        )

    def _model(self, match: Match, notes: dict[str, str]) -> tuple[str, str, Any, tuple[Problem, ...]]:
        if notes.get("model"):
            return notes["model"], "annotation", None, ()
        found: Resolved = self.resolver.model(match)
        if found.value is not None:
            span = self.positions.span(found.node) if found.node is not None else None
            env_note = (_env_problem(found),) if found.source in ("env-default", "setting-default") else ()
            return found.value, found.source, span, env_note
        fallback = self.config.defaults.model
        what = f"`{found.expression}` is not a constant" if found.expression else "the call names no model"
        if found.reason:
            what = f"`{found.expression}`: {found.reason}"
        problems = [Problem("unresolved-model", f"Model not resolved ({what}); using {fallback}.")]
        if found.env_name:
            problems.append(_env_problem(found))
        return fallback, "config-default", None, tuple(problems)

    def _prompt(self, match: Match, model: str) -> PromptCount:
        messages, chat, resolved = self._messages(match)
        holes = sum(m.text.holes for m in messages)
        self._prompt_text = "".join(m.text.value for m in messages)[:2000]
        named = [h for key in match.method.prompt for h in js_holes(text_of(self._prompt_arg(match, key)))]
        self._placeholders = size_placeholders(named, max(holes, 0 if resolved else 1), self.config)
        if chat:
            literal = count_messages([{"role": m.role, "content": m.text.value} for m in messages], model)
        else:
            literal = count_text("".join(m.text.value for m in messages), model)
        sized = sum(tokens for _, tokens, _ in self._placeholders)  # issue 16: by name, else the default
        if not resolved:
            estimated = sized
            note = Problem("unresolved-prompt", f"Prompt not resolved statically; counted as {estimated} tokens.")
            return PromptCount(literal, estimated, "default", (note,))
        via = set().union(*(m.text.via for m in messages))
        source = "file" if "file" in via else "template" if holes else "literal"
        warnings: tuple[Problem, ...] = ()
        if holes:
            warnings = (Problem("prompt-placeholders-estimated", placeholder_message(self._placeholders), "info"),)
        return PromptCount(literal, sized, source, warnings)

    def _messages(self, match: Match) -> tuple[list[Message], bool, bool]:
        client = match.client
        if client is not None and client.prompt is not None:
            template = self.prompts.template(client.prompt)
            if template:
                return template, True, any(m.text.parts for m in template)
        parts: list[tuple[str, Any]] = []
        for key in match.method.prompt:
            node = self._prompt_arg(match, key)
            body = self.prompts.ev.object_pairs(node) if key == "body" and node is not None else {}
            inner = [(k, body[k]) for k in _BODY_PROMPT_KEYS if k in body]  # Bedrock body: JSON.stringify(payload)
            if inner:
                parts.extend(inner)
            elif node is not None:
                parts.append((str(key), node))
        if client is not None and client.bound and client.options is not None:
            system = self.prompts.ev.object_pairs(client.options).get("systemInstruction")
            if system is not None and all(k != "systemInstruction" for k, _ in parts):
                parts.insert(0, ("systemInstruction", system))
        pieces = self.prompts.pieces(parts)
        return pieces.messages, pieces.chat, pieces.resolved

    def _prompt_arg(self, match: Match, key: str | int) -> Any:
        if isinstance(key, int):
            return match.args[key] if key < len(match.args) else None
        head, _, rest = key.partition(".")
        node = match.options.get(head)
        if rest and node is not None:
            return self.prompts.ev.object_pairs(node).get(rest)
        return node

    def _output(self, match: Match, notes: dict[str, str]) -> tuple[int, str, tuple[Problem, ...]]:
        annotated = notes.get("output_tokens", "").replace("_", "")
        if annotated.isdigit():
            return int(annotated), "annotation", ()
        found, source = self.resolver.output_tokens(match, self.table.output_keys, self.table.config_keys)
        if found is not None:
            return found, source, ()
        default = self.config.defaults.output_tokens
        note = Problem(
            "default-output-tokens",
            f"The call sets no max output tokens; output capped at {default} tokens (defaults.output_tokens).",
            "info",
        )
        return default, "config-default", (note,)


def _env_problem(found: Resolved) -> Problem:
    if found.source == "setting-default":
        return _setting_problem(found)
    name = f"${found.env_name}" if found.env_name else "an environment variable"
    if found.value is None:
        return Problem("model-from-env", f"Model from {name}, which has no default in the code.")
    return Problem("model-from-env", f"Model from {name}; its default {found.value!r} was used.", "info")


def _setting_problem(found: Resolved) -> Problem:
    name = f"the setting {found.env_name!r}" if found.env_name else "an editor setting"
    if found.value is None:
        return Problem("model-from-setting", f"Model from {name}, which has no default in the code.")
    return Problem("model-from-setting", f"Model from {name}; its default {found.value!r} was used.", "info")


def enclosing_function(node: Any) -> str | None:
    """Qualified name of the enclosing function ("Class.method", "POST", "handler.inner")."""
    names: list[str] = []
    current = node.parent
    for _ in range(MAX_ANCESTORS):
        if current is None:
            break
        name = _function_name(current)
        if name:
            names.append(name)
        current = current.parent
    return ".".join(reversed(names)) or None


def _function_name(node: Any) -> str | None:
    if node.type in _NAMED_FUNCTIONS:
        name = node.child_by_field_name("name")
        return text_of(name) if name is not None else None
    if node.type in _ANONYMOUS_FUNCTIONS and node.parent is not None:
        parent = node.parent
        if parent.type == "variable_declarator":
            return text_of(parent.child_by_field_name("name"))
        if parent.type == "pair":
            return text_of(parent.child_by_field_name("key"))
    return None
