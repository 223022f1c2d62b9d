"""What a JS/TS call's options say about its kind of work and reasoning (issue 16): ``response_format`` /
``responseFormat`` / Vercel AI SDK ``generateObject``, ``stop`` / ``stopSequences``, ``stream: true``,
``reasoning_effort``, Anthropic ``thinking.budget_tokens``, Gemini ``thinkingConfig.thinkingBudget``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rice_core.scan.js.values import Evaluator
from rice_core.workload.placeholders import Hole

STRUCTURED = frozenset(
    {"response_format", "responseFormat", "responseSchema", "responseMimeType", "schema", "output", "format"}
)
STOP = frozenset({"stop", "stopSequences", "stop_sequences"})
EFFORT = frozenset({"reasoning_effort", "reasoningEffort", "effort"})
BUDGET = frozenset({"budget_tokens", "budgetTokens", "thinkingBudget", "thinking_budget"})
NESTED = frozenset(
    {
        "reasoning",
        "thinking",
        "thinkingConfig",
        "generationConfig",
        "config",
        "providerOptions",
        "openai",
        "anthropic",
        "google",
        "text",
        "extra_body",
    }
)
STRUCTURED_APIS = ("generateObject", "streamObject")
MAX_DEPTH = 3


@dataclass
class JsHints:
    hints: list[str] = field(default_factory=list)
    effort: str = ""
    budget: int | None = None


def js_hints(ev: Evaluator, api: str, options: dict[str, Any]) -> JsHints:
    """Hints from the call's option object (and the API's name: ``generateObject`` is structured output)."""
    found = JsHints()
    if any(api.endswith(name) for name in STRUCTURED_APIS):
        found.hints.append(f"structured:{api.rsplit('.', 1)[-1]}")
    _pairs(ev, options, found, 0)
    return found


def _pairs(ev: Evaluator, pairs: dict[str, Any], found: JsHints, depth: int) -> None:
    for key, node in pairs.items():
        if node is None or getattr(node, "type", "") in ("null", "undefined"):
            continue
        if key in STRUCTURED and key != "output":
            if _asks_json(ev, node):
                found.hints.append(f"structured:{key}")
        elif key in STOP:
            found.hints.append(f"stop:{key}")
        elif key == "stream" and getattr(node, "type", "") == "true":
            found.hints.append("stream")
        elif key in EFFORT:
            text = ev.text(node)
            found.effort = text.value if not text.holes and text.value else found.effort
        elif key in BUDGET:
            digits = ev.text(node).value.replace("_", "")
            found.budget = int(digits) if digits.isdigit() else found.budget
        elif key == "type" and ev.text(node).value == "disabled":
            found.effort = "none"
        elif key in NESTED and depth < MAX_DEPTH:
            _pairs(ev, ev.object_pairs(node), found, depth + 1)


def _asks_json(ev: Evaluator, node: Any) -> bool:
    """A schema or JSON mode (``"json"``, ``{type: "json_schema"}``, a zod schema); not ``{type: "text"}``."""
    if getattr(node, "type", "") in ("string", "template_string"):
        return "json" in ev.text(node).value.lower()
    pairs = ev.object_pairs(node) if getattr(node, "type", "") == "object" else {}
    if "type" in pairs:
        return "json" in ev.text(pairs["type"]).value.lower()
    return True


_SUBSTITUTION = re.compile(r"\$\{\s*([^{}]+?)\s*\}")
_SPREAD = re.compile(r"\.\.\.\s*([A-Za-z_$][\w$.]*?)(?:\.slice\(\s*-\s*(\d+)\s*\))?\s*[,\]]")
_METHODS = frozenset({"join", "map", "slice", "toString", "trim", "stringify", "filter", "content", "text", "value"})


def js_holes(source: str) -> list[Hole]:
    """Placeholders named in a prompt argument's source text: ``${context}`` → context; ``...history.slice(-6)``
    → 6 chat messages of history. Light and textual (the evaluator counts holes but does not name them)."""
    holes = [
        Hole(name, "history", int(count) if count else None, f"{name}.slice(-{count})" if count else "")
        for name, count in ((_last_name(m.group(1)), m.group(2)) for m in _SPREAD.finditer(source))
        if name
    ]
    holes = [h if h.items else Hole(h.name) for h in holes]
    for match in _SUBSTITUTION.finditer(source):
        name = _last_name(match.group(1))
        if name:
            holes.append(Hole(name))
    return holes


def _last_name(expression: str) -> str:
    """``docs.join("\\n")`` → docs; ``user.name`` → name; ``JSON.stringify(x)`` → x."""
    inner = re.search(r"\(\s*([A-Za-z_$][\w$.]*)\s*\)", expression)
    path = inner.group(1) if expression.startswith(("JSON.", "String(")) and inner else expression
    parts = [p for p in re.split(r"[.(]", path.strip()) if re.fullmatch(r"[A-Za-z_$][\w$]*", p)]
    while parts and parts[-1] in _METHODS and len(parts) > 1:
        parts.pop()
    return parts[-1] if parts else ""
