"""Exact text of the hover's token lines (issue 16): expected → output with the cap and their sources,
the hidden reasoning row, and one line per guessed placeholder."""

from __future__ import annotations

import textwrap

from rice_core.config import RiceConfig
from rice_core.scan import scan_source
from rice_core.scan.pricing import price_calls
from rice_lsp.analysis import CallFigures
from rice_lsp.hover import placeholder_items, reasoning_row, tokens_row
from rice_lsp.inlay_hints import hint_label

HEAD = "from openai import OpenAI\nclient = OpenAI()\n"


def priced(body: str):  # type: ignore[no-untyped-def]
    config = RiceConfig()
    (result,) = price_calls(scan_source(HEAD + textwrap.dedent(body), "app.py", config=config), config)
    assert result.estimate is not None
    return result.call, result.estimate


def test_tokens_row_of_a_chat_call() -> None:
    call, est = priced(
        'r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Tell me about Mars."}], max_tokens=4096)\n'
    )
    assert tokens_row(call, est) == (
        "Tokens",
        f"≈ {est.prompt_tokens:,} → 337 tokens (cap 4,096) · prompt: literal · output: chat replies "
        "(Azure LLM trace 2023, LMSYS-Chat-1M, ML.ENERGY v2, ML.ENERGY v3); kind: no hint in the code: chat",
    )
    assert reasoning_row(est) == []


def test_reasoning_row_and_guessed_placeholders() -> None:
    call, est = priced("""
        def ask(question):
            return client.chat.completions.create(model="o3", reasoning_effort="high",
                messages=[{"role": "user", "content": f"Answer: {question}"}])
    """)
    assert reasoning_row(est) == [("Reasoning", "≈ 4,360 hidden tokens: effort high (2 × 2,180 measured on GPQA)")]
    assert tokens_row(call, est)[1].startswith(
        f"≈ {est.prompt_tokens:,} → 197 tokens (cap 300) · prompt: template, 1 placeholder(s) guessed"
    )
    assert placeholder_items(call) == ["Placeholder {question}: ≈ 70 tokens, a user message"]


def test_inlay_hint_adds_reasoning_after_the_output() -> None:
    call, est = priced(
        'r = client.chat.completions.create(model="o3", reasoning_effort="high", messages=[{"role": "user", "content": "Why?"}])\n'
    )
    figures = CallFigures(
        call=call,
        estimate=est,
        problems=(),
        volume=None,
        volume_source="default",
        period="month",
        period_co2e_kg=None,
        period_co2e_high_kg=None,
        compared_kg=None,
        budget_share=None,
        over_ceiling=False,
    )
    assert hint_label(figures).startswith(f"≈ {est.prompt_tokens}→197+4.4k tok · ")
