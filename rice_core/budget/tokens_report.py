"""Expected tokens in ``rice check`` output (issue 16): a report section with ``≈ prompt → output tokens (cap N)``
per biggest call and the kind of work behind it, and the token fields of a call in the JSON."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from rice_core.budget.projection import CallProjection, Projection
from rice_core.workload.describe import assumption, cap_of, output_source, token_figures

TOP_CALLS = 10


def token_line(call: CallProjection) -> str:
    """``support_bot/chat/answer.py:22  ≈ 2,067 → 337 tokens (cap 400) + 0 reasoning · chat replies``."""
    est = call.estimate
    figures = token_figures(est.prompt_tokens, est.output_tokens, cap_of(est, call.call.output_tokens))
    reasoning = f" + {est.reasoning_tokens:,} reasoning" if est.reasoning_tokens else ""
    kind = output_source(est).split(" (", 1)[0]
    return f"{call.location}  {figures}{reasoning} · {kind}"


def token_lines(p: Projection, limit: int = TOP_CALLS) -> list[Text]:
    """The section under the call table: expected tokens priced centrally, caps priced at the range's top."""
    if not any(assumption(call.estimate, "output_tokens") for call in p.calls):
        return []  # estimates made without a token plan (library callers, hand-made tests): nothing to explain
    head = Text("Tokens (expected prompt → output; the cap prices the range's high end):", style="dim")
    return [head] + [Text(f"  {token_line(call)}", style="dim") for call in p.calls[:limit]]


def token_fields(call: CallProjection) -> dict[str, Any]:
    """JSON: the expected tokens priced, the cap, the reasoning and where each came from."""
    est, site = call.estimate, call.call
    return {
        "prompt_tokens": est.prompt_tokens,
        "output_tokens": est.output_tokens,
        "output_cap_tokens": cap_of(est, site.output_tokens),
        "reasoning_tokens": est.reasoning_tokens,
        "output_source": output_source(est),
        "placeholders": [{"name": n, "tokens": t, "how": h} for n, t, h in site.placeholders],
    }
