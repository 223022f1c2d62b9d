"""Expected tokens of one call: visible output ``E[min(L, cap)]`` for its kind of work, plus hidden reasoning.

The cap (``max_tokens`` or ``defaults.output_tokens``) stays the high end: the range's top prices the cap, the
central estimate prices the expectation. Reasoning shares an explicit cap with the visible output (OpenAI
``max_completion_tokens``, Anthropic ``max_tokens`` and Gemini ``max_output_tokens`` all count thinking).
"""

from __future__ import annotations

from dataclasses import dataclass

from rice_core.result import Assumption
from rice_core.workload.lengths import OutputKind, default_kind, output_kind
from rice_core.workload.reasoning import NO_REASONING, Reasoning, expected_reasoning


@dataclass(frozen=True)
class TokenPlan:
    output_tokens: int  # central visible output
    cap_tokens: int  # the ceiling the call (or rice.yaml) sets
    cap_explicit: bool  # the call sets it (reasoning counts inside it)
    kind: OutputKind
    kind_why: str
    reasoning: Reasoning = NO_REASONING

    @property
    def high_decode_tokens(self) -> int:
        """Generated tokens at the range's high end: the cap (reasoning inside an explicit cap, else on top)."""
        return self.cap_tokens if self.cap_explicit else self.cap_tokens + self.reasoning.high_tokens

    def assumptions(self) -> tuple[Assumption, ...]:
        """How the token figures were reckoned, as ``Assumption`` records for the estimate."""
        out = [
            Assumption("output_tokens", self.output_tokens, "workload", output_detail(self)),
            Assumption("output_cap_tokens", self.cap_tokens, "argument" if self.cap_explicit else "config"),
        ]
        if self.reasoning.tokens:
            out.append(Assumption("reasoning_tokens", self.reasoning.tokens, "workload", self.reasoning.how))
        return tuple(out)


def output_detail(plan: TokenPlan) -> str:
    """``chat replies (Azure LLM trace 2023, …); kind: no hint in the code: chat; E[min(L, 4,096)], mean 339``."""
    kind = plan.kind
    if plan.kind_why == "# rice: output_tokens=":
        return "# rice: output_tokens="
    return (
        f"{kind.label} ({', '.join(kind.cites)}); kind: {plan.kind_why}; "
        f"E[min(L, {plan.cap_tokens:,})], mean {round(kind.mean_tokens):,}"
    )


def plan_tokens(
    kind_id: str,
    kind_why: str,
    cap_tokens: int,
    cap_explicit: bool,
    model: str | None = None,
    effort: str = "",
    budget: int | None = None,
) -> TokenPlan:
    """The expected visible and reasoning tokens of a call (unknown kind ids fall back to the default kind)."""
    kind = output_kind(kind_id) or default_kind()
    if kind.id != kind_id:
        kind_why = f"unknown kind {kind_id!r}; {kind.id}"
    reasoning = expected_reasoning(model, effort, budget, cap_tokens if cap_explicit else None)
    room = max(1, cap_tokens - reasoning.tokens) if cap_explicit else cap_tokens
    output = max(1, round(kind.expected(room)))
    return TokenPlan(output, cap_tokens, cap_explicit, kind, kind_why, reasoning)
