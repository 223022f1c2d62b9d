"""What the scanner finds: one LLM call site, language-independent (Python and JS/TS front ends produce it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rice_core.problems import Problem


@dataclass(frozen=True)
class Span:
    """Source span; lines 1-based, columns 0-based in Unicode code points (the LSP layer converts to UTF-16)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class CallSite:
    path: str  # relative to the scan root ("<untitled>" for in-memory text)
    span: Span  # the whole call expression
    sdk: str  # "openai", "anthropic", "litellm", "langchain", ...
    api: str  # "chat.completions.create", "messages.create", ...
    model: str | None  # resolved model name (after fallback: never None once resolved)
    model_source: (
        str  # literal|constant|fstring|env-default|setting-default|wrapper-default|client|annotation|config-default
    )
    prompt_tokens: int
    prompt_source: str  # literal|template|file|annotation|default
    output_tokens: int
    output_tokens_source: str  # argument|annotation|config-default|generation-config
    literal_prompt_tokens: int = 0  # tokens counted from literal text
    estimated_prompt_tokens: int = 0  # tokens estimated (placeholders, unresolved parts)
    function: str | None = None  # enclosing qualified function name, for "path::function" overrides
    language: str = "python"
    model_span: Span | None = None  # span of a literal model argument (code action rewrites it)
    volume: str | None = None  # "# rice: volume=5000/day" annotation, raw text
    ignored: bool = False  # "# rice: ignore"
    warnings: tuple[Problem, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    # requests one execution of the call sends (sequential chain steps, ``n=``, agent turns, a batch of prompts)
    requests_per_call: int = 1
    requests_source: str = ""  # why: "SequentialChain of 3 LLMChains", "n=4", "max_turns=5", ...
    # issue 16 (rice_core/workload): what the code says about the kind of work and reasoning
    output_hints: tuple[str, ...] = ()  # "kind:<id>", "structured:<key>", "stop:<key>", "stream"
    prompt_text: str = ""  # literal prompt text (first 2,000 characters), for kind inference
    reasoning_effort: str = ""  # reasoning_effort / reasoning.effort as written; "none" when thinking is off
    reasoning_budget: int | None = None  # thinking budget_tokens / thinking_budget
    placeholders: tuple[tuple[str, int, str], ...] = ()  # (name, tokens, how) of each estimated placeholder

    @property
    def line(self) -> int:
        return self.span.line
