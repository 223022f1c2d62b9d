"""Exact text of ``rice check``'s token section and the JSON token fields (issue 16)."""

from __future__ import annotations

import textwrap

from rice_core.budget.projection import project
from rice_core.budget.tokens_report import token_fields, token_line, token_lines
from rice_core.config import RiceConfig
from rice_core.scan import scan_source
from rice_core.scan.pricing import price_calls

SOURCE = textwrap.dedent("""
    from openai import OpenAI
    client = OpenAI()
    LABEL = "Reply with exactly one word: BOT or HUMAN.\\n\\n{message}"
    def route(message):
        return client.chat.completions.create(model="gpt-4o-mini", max_tokens=5,
            messages=[{"role": "user", "content": LABEL.format(message=message)}])
""")


def projection():  # type: ignore[no-untyped-def]
    config = RiceConfig()
    return project(price_calls(scan_source(SOURCE, "bot/route.py", config=config), config), config)


def test_token_line_of_a_classification_call() -> None:
    (call,) = projection().calls
    # a label: E[min(L, 5)] with L lognormal, mean 3 and median 2 → 2.4, rounded to 2
    assert (
        token_line(call)
        == f"bot/route.py:6  ≈ {call.estimate.prompt_tokens:,} → 2 tokens (cap 5) · classification labels"
    )


def test_token_section_heading_and_json_fields() -> None:
    p = projection()
    lines = [str(line) for line in token_lines(p)]
    assert lines[0] == "Tokens (expected prompt → output; the cap prices the range's high end):"
    fields = token_fields(p.calls[0])
    assert (fields["output_tokens"], fields["output_cap_tokens"], fields["reasoning_tokens"]) == (2, 5, 0)
    assert fields["placeholders"] == [{"name": "message", "tokens": 70, "how": "a user message"}]
    assert fields["output_source"].startswith(
        "classification labels (R-ICE assumption); kind: the prompt asks for a label"
    )
