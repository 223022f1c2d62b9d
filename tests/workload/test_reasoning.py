"""Hidden reasoning tokens by effort, budget and switch, pinned by hand."""

from __future__ import annotations

import pytest

from rice_core.workload.lengths import default_sigma
from rice_core.workload.lognormal import expected_capped
from rice_core.workload.reasoning import expected_reasoning, reasoning_model

GPT_OSS_GPQA = 2180  # ML.ENERGY v3 GPQA, gpt-oss-20b at medium effort
PUBLISHED_GPQA_RANGE = (2400, 6900)  # issue 16: v3 GPQA reasoning output lengths


def test_non_reasoning_models_add_nothing() -> None:
    assert reasoning_model("gpt-4o") is None
    assert expected_reasoning("gpt-4o", "high").tokens == 0


def test_effort_scales_the_measured_anchor() -> None:
    assert expected_reasoning("o3").tokens == GPT_OSS_GPQA  # default medium
    assert expected_reasoning("o3", "low").tokens == GPT_OSS_GPQA // 2  # 1,090
    assert expected_reasoning("o3", "high").tokens == 2 * GPT_OSS_GPQA  # 4,360
    assert expected_reasoning("o3", "none").tokens == 0


def test_high_effort_is_within_2x_of_the_published_gpqa_figures() -> None:
    tokens = expected_reasoning("openai/o3", "high").tokens
    low, high = PUBLISHED_GPQA_RANGE
    assert low / 2 <= tokens <= high * 2


def test_an_explicit_cap_bounds_reasoning() -> None:
    capped = expected_reasoning("o3", "high", cap=4096)
    assert capped.tokens == round(expected_capped(4360, default_sigma(), 4096))
    assert capped.high_tokens == 4096


def test_claude_thinks_only_with_a_budget() -> None:
    assert expected_reasoning("claude-sonnet-4-20250514").tokens == 0
    with_budget = expected_reasoning("claude-sonnet-4-20250514", budget=8000)
    assert with_budget.tokens == round(expected_capped(7056, default_sigma(), 8000))
    assert with_budget.high_tokens == 8000


def test_gemini_flash_budget_zero_turns_thinking_off() -> None:
    assert expected_reasoning("gemini-2.5-flash", budget=0).tokens == 0
    assert expected_reasoning("gemini-2.5-flash", budget=-1) == expected_reasoning("gemini-2.5-flash")  # dynamic
    assert expected_reasoning("gemini-2.5-flash").tokens == round(expected_capped(7056, default_sigma(), 24576))


def test_qwen3_switch_and_r1_always() -> None:
    assert expected_reasoning("qwen3-32b").tokens == 7409
    assert expected_reasoning("qwen3-32b", "none").tokens == 0
    assert expected_reasoning("deepseek-r1").tokens == 11450


@pytest.mark.parametrize("effort", ["minimal", "medium", "high"])
def test_gpt5_family_accepts_efforts(effort: str) -> None:
    assert expected_reasoning("gpt-5", effort).tokens > 0
