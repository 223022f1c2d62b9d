"""What a Python call's keywords say about its kind of work and its reasoning (issue 16): structured output,
stop sequences, streaming, ``reasoning_effort``, Anthropic ``thinking``, Gemini ``thinking_config``, Qwen
``enable_thinking``. Looks through config dicts and constructors a few levels deep."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from rice_core.scan.python.scopes import Scope
from rice_core.scan.python.values import dict_items, resolve_int, resolve_str

STRUCTURED = frozenset(
    {
        "response_format",
        "response_schema",
        "responseSchema",
        "json_schema",
        "text_format",
        "output_schema",
        "output_type",
        "response_model",
        "response_mime_type",
        "responseMimeType",
        "format",
    }
)
STOP = frozenset({"stop", "stop_sequences", "stopSequences"})
EFFORT = frozenset({"reasoning_effort", "effort", "reasoningEffort"})
BUDGET = frozenset({"budget_tokens", "thinking_budget", "thinkingBudget", "budgetTokens"})
NESTED = frozenset(
    {
        "reasoning",
        "thinking",
        "thinking_config",
        "thinkingConfig",
        "config",
        "generation_config",
        "generationConfig",
        "extra_body",
        "chat_template_kwargs",
        "model_kwargs",
        "additional_kwargs",
        "text",
        "options",
        "providerOptions",
        "model_settings",
    }
)
MAX_DEPTH = 3


@dataclass
class CallHints:
    hints: list[str] = field(default_factory=list)
    effort: str = ""
    budget: int | None = None


def call_hints(
    calls: list[tuple[ast.Call, Scope]], body: ast.expr | None = None, scope: Scope | None = None
) -> CallHints:
    """Hints from the call and its instance's constructors (``calls``), or a raw HTTP call's JSON ``body``."""
    found = CallHints()
    if body is not None and scope is not None:
        _mapping(dict_items(body, scope) or {}, scope, found, 0)
    for call, where in calls:
        _mapping({k.arg: k.value for k in call.keywords if k.arg}, where, found, 0)
        if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call):
            inner = call.func.value.func  # llm.with_structured_output(Schema).invoke(...)
            if isinstance(inner, ast.Attribute) and inner.attr == "with_structured_output":
                found.hints.append("structured:with_structured_output")
    return found


def _mapping(items: dict[str, ast.expr], scope: Scope, found: CallHints, depth: int) -> None:
    for key, value in items.items():
        _item(key, value, scope, found, depth)


def _item(key: str, value: ast.expr, scope: Scope, found: CallHints, depth: int) -> None:
    if isinstance(value, ast.Constant) and value.value is None:
        return
    if key in STRUCTURED and _asks_json(value, scope):
        found.hints.append(f"structured:{key}")
    elif key in STOP:
        found.hints.append(f"stop:{key}")
    elif key == "stream" and isinstance(value, ast.Constant) and value.value is True:
        found.hints.append("stream")
    elif key in EFFORT:
        found.effort = resolve_str(value, scope).value or found.effort
    elif key in BUDGET:
        found.budget = resolve_int(value, scope)
    elif key == "enable_thinking" and isinstance(value, ast.Constant) and value.value is False:
        found.effort = "none"
    elif key == "type" and isinstance(value, ast.Constant) and value.value == "disabled":
        found.effort = "none"
    elif key in NESTED and depth < MAX_DEPTH:
        nested = dict_items(value, scope)
        if nested:
            _mapping(nested, scope, found, depth + 1)


def _asks_json(value: ast.expr, scope: Scope) -> bool:
    """A schema or JSON mode: ``"json"``, ``"application/json"``, ``{"type": "json_schema", …}``, a Pydantic class,
    ``Model.model_json_schema()``; not ``{"type": "text"}``, ``"text/plain"`` or an f-string."""
    if isinstance(value, ast.JoinedStr):
        return False
    text = resolve_str(value, scope).value
    if text is not None:
        return "json" in text.lower()
    items = dict_items(value, scope) if isinstance(value, ast.Dict) else None
    if items is not None and "type" in items:
        kind = resolve_str(items["type"], scope).value
        return kind is None or "json" in kind.lower()
    return True
