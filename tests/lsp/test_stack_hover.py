"""Issue 10 in the hover: one per-token line (J per output token, facility and GPU, and tokens/s on the stack)."""

from __future__ import annotations

import dataclasses

from rice_lsp.hover import hover_markdown, per_token_row

from .test_render import ESTIMATE, figures

PER_TOKEN = dataclasses.replace(
    ESTIMATE,
    stack="vllm-2025",
    output_tokens_per_s=74.0,
    energy_per_output_token_j=0.39,
    gpu_energy_per_output_token_j=0.325,
)


def test_per_token_row_exact_text() -> None:
    assert per_token_row(PER_TOKEN) == (
        "Per token",
        "0.39 J/output token · GPU 0.325 J · 74 tokens/s (vllm-2025)",
    )


def test_hover_shows_the_per_token_row() -> None:
    line = "| Per token | 0.39 J/output token · GPU 0.325 J · 74 tokens/s (vllm-2025) |"
    assert line in hover_markdown(dataclasses.replace(figures(), estimate=PER_TOKEN)).splitlines()
