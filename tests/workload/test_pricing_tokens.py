"""Pricing with expected tokens: the central estimate at E[min(L, cap)] (+ reasoning), the high end at the cap."""

from __future__ import annotations

import textwrap

import pytest

from rice_core import estimate
from rice_core.budget.projection import project
from rice_core.config import RiceConfig
from rice_core.config.load import parse_config_text
from rice_core.result import Estimate
from rice_core.scan import scan_source
from rice_core.scan.pricing import price_calls
from rice_core.workload.lengths import default_sigma, output_kind
from rice_core.workload.lognormal import expected_capped

HEAD = "from openai import OpenAI\nclient = OpenAI()\n"


def priced(body: str, config: RiceConfig | None = None, path: str = "app.py") -> Estimate:
    config = config or RiceConfig()
    calls = scan_source(HEAD + textwrap.dedent(body), path, config=config)
    (result,) = price_calls(calls, config)
    assert result.estimate is not None
    return result.estimate


CHAT_4096 = 'r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Tell me about Mars."}], max_tokens=4096)\n'


def test_chat_call_with_a_high_cap_is_priced_at_the_expected_reply() -> None:
    est = priced(CHAT_4096)
    chat = output_kind("chat")
    assert chat is not None
    assert est.output_tokens == round(chat.expected(4096)) == 337  # within 2x of 211 (Azure), 215 (LMSYS), 673 (v3)
    assert est.reasoning_tokens == 0
    at_cap = estimate("gpt-4o", prompt_tokens=est.prompt_tokens, output_tokens=4096)
    central = estimate("gpt-4o", prompt_tokens=est.prompt_tokens, output_tokens=337)
    assert isinstance(at_cap, Estimate) and isinstance(central, Estimate)
    assert est.energy_wh == pytest.approx(central.energy_wh)
    assert est.co2e_range_g.high == pytest.approx(at_cap.co2e_range_g.high)  # the range's top still prices the cap
    assert est.co2e_range_g.low == pytest.approx(central.co2e_range_g.low)


def test_compare_high_gate_still_gates_on_the_cap() -> None:
    config = parse_config_text("budget:\n  compare: high\n  co2e_kg: 1\n", "rice.yaml")
    calls = scan_source(HEAD + CHAT_4096, "app.py", config=config)
    projection = project(price_calls(calls, config), config)
    (call,) = projection.calls
    at_cap = estimate("gpt-4o", prompt_tokens=call.estimate.prompt_tokens, output_tokens=4096)
    assert isinstance(at_cap, Estimate)
    assert call.co2e_per_request_g == pytest.approx(at_cap.co2e_range_g.high)


def test_reasoning_model_at_high_effort_adds_hidden_tokens_to_energy() -> None:
    est = priced(
        'r = client.chat.completions.create(model="o3", messages=[{"role": "user", "content": "Prove it."}], reasoning_effort="high", max_completion_tokens=25000)\n'
    )
    reasoning = round(expected_capped(2 * 2180, default_sigma(), 25000))  # 4,353
    assert est.reasoning_tokens == reasoning
    chat = output_kind("chat")
    assert chat is not None
    assert est.output_tokens == round(chat.expected(25000 - reasoning))
    same = estimate("o3", prompt_tokens=est.prompt_tokens, output_tokens=est.output_tokens + reasoning)
    assert isinstance(same, Estimate)
    assert est.energy_wh == pytest.approx(same.energy_wh)
    assert [a.name for a in est.assumptions if a.source == "workload"] == ["output_tokens", "reasoning_tokens"]


def test_annotation_states_the_expected_output() -> None:
    est = priced("# rice: output_tokens=800\n" + CHAT_4096)
    assert est.output_tokens == 800


def test_kind_rule_in_rice_yaml() -> None:
    config = parse_config_text('tokens:\n  kinds:\n    - match: "jobs/**"\n      kind: classification\n', "rice.yaml")
    est = priced(CHAT_4096, config, path="jobs/tag.py")
    assert est.output_tokens == round(expected_capped(3.0, output_kind("classification").sigma, 4096))  # type: ignore[union-attr]
    assert priced(CHAT_4096, config, path="api/chat.py").output_tokens == 337


def test_no_cap_in_the_call_uses_the_configured_ceiling() -> None:
    est = priced('r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])\n')
    chat = output_kind("chat")
    assert chat is not None
    assert est.output_tokens == round(chat.expected(300))  # defaults.output_tokens is the cap: 197
