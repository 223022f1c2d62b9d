"""A local runtime stack given as an argument serves one request at a time, whatever the model's hosted profile."""

from __future__ import annotations

import pytest

from rice_core.estimator import estimate


def _batch_note(e):  # type: ignore[no-untyped-def]
    return next(a for a in e.assumptions if a.name == "batch_size")


@pytest.mark.parametrize("stack", ["hf-transformers", "transformers", "llama.cpp", "ollama"])
def test_local_stack_defaults_to_batch_one(stack: str) -> None:
    e = estimate("llama-3.1-8b", prompt_tokens=500, output_tokens=200, stack=stack)
    assert e.batch_size == 1.0  # type: ignore[union-attr]
    assert _batch_note(e).source == "stack"


def test_served_stacks_keep_the_profile_batch_and_an_explicit_batch_wins() -> None:
    hosted = estimate("llama-3.1-8b", prompt_tokens=500, output_tokens=200, stack="vllm-2025")
    assert hosted.batch_size == 64.0 and _batch_note(hosted).source == "provider"  # type: ignore[union-attr]
    given = estimate("llama-3.1-8b", prompt_tokens=500, output_tokens=200, stack="hf-transformers", batch_size=4)
    assert given.batch_size == 4.0 and _batch_note(given).source == "argument"  # type: ignore[union-attr]


def test_batch_one_costs_more_per_request_than_the_hosted_batch() -> None:
    local = estimate("llama-3.1-8b", prompt_tokens=500, output_tokens=200, stack="llama.cpp")
    batched = estimate("llama-3.1-8b", prompt_tokens=500, output_tokens=200, stack="llama.cpp", batch_size=64)
    assert local.energy_wh > batched.energy_wh  # type: ignore[union-attr]
