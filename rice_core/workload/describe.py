"""One-line wording of a call's expected tokens, shared by the hover and the report (issue 16):
``≈ 420 → 310 tokens (cap 4,096)``, where each figure came from, and the hidden reasoning line."""

from __future__ import annotations

from rice_core.result import Assumption, Estimate


def token_figures(prompt_tokens: int, output_tokens: int, cap_tokens: int) -> str:
    """``≈ 420 → 310 tokens (cap 4,096)``: expected prompt → expected output, and the output ceiling."""
    return f"≈ {prompt_tokens:,} → {output_tokens:,} tokens (cap {cap_tokens:,})"


def table_tokens(prompt_tokens: int, output_tokens: int | None, cap_tokens: int) -> str:
    """``420 → 310 ≤ 4,096``: prompt → expected output ≤ its cap, for a narrow table cell (``?``: not priced)."""
    out = f"{output_tokens:,}" if output_tokens is not None else "?"
    return f"{prompt_tokens:,} → {out} ≤ {cap_tokens:,}"


def assumption(estimate: Estimate, name: str) -> Assumption | None:
    return next((a for a in estimate.assumptions if a.name == name), None)


def output_source(estimate: Estimate) -> str:
    """Where the expected output came from: ``chat replies (Azure LLM trace 2023, …); kind: …``."""
    found = assumption(estimate, "output_tokens")
    if found is None or not found.detail:
        return "as priced"
    return found.detail.split("; E[min", 1)[0]


def cap_of(estimate: Estimate, fallback: int) -> int:
    found = assumption(estimate, "output_cap_tokens")
    return int(found.value) if found is not None else fallback


def reasoning_text(estimate: Estimate) -> str | None:
    """``≈ 4,360 hidden tokens: effort high (2 × 2,180 measured on GPQA)``; None without reasoning."""
    if not estimate.reasoning_tokens:
        return None
    found = assumption(estimate, "reasoning_tokens")
    how = f": {found.detail}" if found is not None and found.detail else ""
    return f"≈ {estimate.reasoning_tokens:,} hidden tokens{how}"
