"""The kind of work a call does, from what its code says: annotation, structured output, stop sequences,
streaming, what the prompt asks for (one word, a summary, an essay), the enclosing function's name. No hint: chat.

Hints come from the scanners as short strings: ``kind:<id>`` (``# rice: kind=``), ``structured:<key>``
(``response_format``, a JSON schema), ``stop:<key>``, ``stream``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_FLAGS = re.IGNORECASE
_LABEL = re.compile(
    r"\b(one|single|1|exactly one)[ -](word|label|category|class|token|letter|digit|number)\b"
    r"|\bonly (the|one|a) (label|category|class|word|letter|number)\b"
    r"|\b(yes|true) or (no|false)\b|\bclassify\b|\bcategori[sz]e\b",
    _FLAGS,
)
_JSON = re.compile(
    r"\b(return|respond|reply|output|answer|format)\b[^.\n]{0,30}\bjson\b|\bjson (object|schema)\b|\bextract\b", _FLAGS
)
_SUMMARY = re.compile(r"\bsummar(y|ies|ise|ize|ised|ized|ising|izing)\b|\btl;?dr\b", _FLAGS)
_LONG = re.compile(
    r"\bwrite (a|an) ([a-z-]+ ){0,2}(essay|article|blog post|report|story|chapter|whitepaper|post)\b"
    r"|\b\d{3,}[ -]words?\b",
    _FLAGS,
)
_PROMPT_RULES = (
    ("classification", _LABEL, "the prompt asks for a label"),
    ("extraction", _JSON, "the prompt asks for JSON"),
    ("summarisation", _SUMMARY, "the prompt asks for a summary"),
    ("long-form", _LONG, "the prompt asks for long text"),
)


_FUNCTION_WORDS = (
    (
        "classification",
        frozenset({"classify", "classification", "categorize", "categorise", "label", "triage", "route"}),
    ),
    ("summarisation", frozenset({"summarise", "summarize", "summary", "summarization", "summarisation", "tldr"})),
    ("extraction", frozenset({"extract", "extraction", "parse"})),
    ("long-form", frozenset({"essay", "article", "blog", "story", "chapter"})),
)


def kind_from_function(function: str) -> tuple[str, str] | None:
    """``classify_ticket`` → classification; ``Bot.summarise_conversation`` → summarisation (last name only)."""
    from rice_core.workload.placeholders import words_of

    words = set(words_of(function.rsplit(".", 1)[-1]))
    for kind, names in _FUNCTION_WORDS:
        if words & names:
            return kind, f"the function is named {function.rsplit('.', 1)[-1]}"
    return None


def infer_kind(hints: Sequence[str], prompt: str = "", function: str = "") -> tuple[str, str]:
    """(kind id, why) for a call with scanner ``hints``, literal ``prompt`` text and enclosing ``function``."""
    for hint in hints:
        if hint.startswith("kind:"):
            return hint[5:], "# rice: kind="
    for hint in hints:
        if hint.startswith("structured:"):
            return "extraction", f"{hint[11:]} asks for structured output"
    for kind, pattern, why in _PROMPT_RULES[:1]:
        if pattern.search(prompt):
            return kind, why
    for hint in hints:
        if hint.startswith("stop:"):
            return "code", f"{hint[5:]} ends the output early (completion-style)"
    for kind, pattern, why in _PROMPT_RULES[1:]:
        if pattern.search(prompt):
            return kind, why
    named = kind_from_function(function) if function else None
    if named is not None:
        return named
    if "stream" in hints:
        return "chat", "streamed chat reply"
    return "chat", "no hint in the code: chat"
