"""Expected tokens of one call: visible output ``E[min(L, cap)]`` for its kind of work, plus hidden reasoning.

The cap (``max_tokens`` or ``defaults.output_tokens``) stays the high end: the range's top prices the cap, the
central estimate prices the expectation. Reasoning shares an explicit cap with the visible output (OpenAI
``max_completion_tokens``, Anthropic ``max_tokens`` and Gemini ``max_output_tokens`` all count thinking).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rice_core.ranges import Range
from rice_core.result import Assumption, Estimate
from rice_core.workload.lengths import OutputKind, default_kind, output_kind
from rice_core.workload.reasoning import NO_REASONING, Reasoning, expected_reasoning


STATED_OUTPUT = ("# rice: output_tokens=", "--output-tokens")  # the expected output is stated, not reckoned


@dataclass(frozen=True)
class TokenPlan:
    output_tokens: int  # central visible output
    cap_tokens: int  # the ceiling the call (or rice.yaml) sets
    cap_explicit: bool  # the call sets it (reasoning counts inside it)
    kind: OutputKind
    kind_why: str
    reasoning: Reasoning = NO_REASONING
    cap_source: str = ""  # where the cap came from, when not "argument"/"config" by ``cap_explicit``

    @property
    def high_decode_tokens(self) -> int:
        """Generated tokens at the range's high end: the cap (reasoning inside an explicit cap, else on top)."""
        return self.cap_tokens if self.cap_explicit else self.cap_tokens + self.reasoning.high_tokens

    def _output_source(self) -> str:
        return "argument" if self.kind_why == STATED_OUTPUT[1] else "workload"

    def assumptions(self) -> tuple[Assumption, ...]:
        """How the token figures were reckoned, as ``Assumption`` records for the estimate."""
        out = [
            Assumption("output_tokens", self.output_tokens, self._output_source(), output_detail(self)),
            Assumption(
                "output_cap_tokens", self.cap_tokens, self.cap_source or ("argument" if self.cap_explicit else "config")
            ),
        ]
        if self.reasoning.tokens:
            out.append(Assumption("reasoning_tokens", self.reasoning.tokens, "workload", self.reasoning.how))
        return tuple(out)


def output_detail(plan: TokenPlan) -> str:
    """``chat replies (Azure LLM trace 2023, …); kind: no hint in the code: chat; E[min(L, 4,096)], mean 339``."""
    kind = plan.kind
    if plan.kind_why in STATED_OUTPUT:
        return plan.kind_why
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
    reasoning: Reasoning | None = None,
) -> TokenPlan:
    """The expected visible and reasoning tokens of a call (unknown kind ids fall back to the default kind);
    ``reasoning``: a stated count (``rice estimate --reasoning-tokens``) instead of the effort/budget figure."""
    kind = output_kind(kind_id) or default_kind()
    if kind.id != kind_id:
        kind_why = f"unknown kind {kind_id!r}; {kind.id}"
    if reasoning is None:
        reasoning = expected_reasoning(model, effort, budget, cap_tokens if cap_explicit else None)
    room = max(1, cap_tokens - reasoning.tokens) if cap_explicit else cap_tokens
    output = max(1, round(kind.expected(room)))
    return TokenPlan(
        output_tokens=output,
        cap_tokens=cap_tokens,
        cap_explicit=cap_explicit,
        kind=kind,
        kind_why=kind_why,
        reasoning=reasoning,
    )


def with_cap_range(estimate: Estimate, plan: TokenPlan, at_cap: Estimate | None) -> Estimate:
    """The central estimate at the expected tokens, its range's high end at the cap (``at_cap``: priced there)."""
    energy, co2e = estimate.energy_range_wh, estimate.co2e_range_g
    if at_cap is not None:
        energy = Range(energy.low, max(energy.high, at_cap.energy_range_wh.high))
        co2e = Range(co2e.low, max(co2e.high, at_cap.co2e_range_g.high))
    return replace(
        estimate,
        output_tokens=plan.output_tokens,
        reasoning_tokens=plan.reasoning.tokens,
        energy_range_wh=energy,
        co2e_range_g=co2e,
        assumptions=estimate.assumptions + plan.assumptions(),
    )
