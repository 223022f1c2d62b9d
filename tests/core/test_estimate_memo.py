"""estimate()'s memo (estimator/api.py ``memoised``) returns exactly what a fresh computation returns, and never a
figure computed for other arguments, another config or a catalog that has since changed."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from rice_core.estimator import api, estimate
from rice_core.estimator.inputs import resolve
from rice_core.lifecycle.figures import lifecycle_fields
from rice_core.result import Estimate, UnknownModel

SAMPLE: tuple[dict[str, Any], ...] = (
    {"model": "gpt-4o"},
    {"model": "gpt-4o-mini", "region": "FR"},
    {"model": "llama-3.1-8b", "hardware": "h100-sxm", "stack": "vllm-2024"},
    {"model": "ollama/llama3.1:8b"},
    {"model": "deepseek-r1", "pue": 1.4, "devices": 8},
    {"model": "o3", "reasoning_tokens": 700},
    {"model": "gpt-4o", "power_model": "rice-paper", "region": "aws:us-east-1"},
    {"params_b": 46.7, "active_params_b": 12.9, "batch_size": 16.0, "precision": "fp8"},
)
CONTEXT = ("model", *api.CONTEXT_KEYS[1:])


def fresh(kwargs: dict[str, Any], prompt: int, output: int) -> Estimate:
    """The same request computed without the memo (resolution cached or not gives one context)."""
    r = resolve(*(kwargs.get(k) for k in CONTEXT))
    assert not isinstance(r, UnknownModel)
    decode = output + kwargs.get("reasoning_tokens", 0)
    return api.with_reasoning(api.computed(r, prompt, decode), output, kwargs.get("reasoning_tokens", 0))


@pytest.mark.parametrize("kwargs", SAMPLE)
def test_memoised_estimate_equals_a_fresh_computation(kwargs: dict[str, Any]) -> None:
    api.clear_caches()
    for prompt, output in ((1, 1), (800, 300), (6000, 1200)):
        first = estimate(prompt_tokens=prompt, output_tokens=output, **kwargs)
        again = estimate(prompt_tokens=prompt, output_tokens=output, **kwargs)
        assert isinstance(first, Estimate) and isinstance(again, Estimate)
        assert again.to_dict() == first.to_dict() == fresh(kwargs, prompt, output).to_dict()


def test_a_repeated_request_is_answered_from_the_memo_and_cannot_be_changed() -> None:
    api.clear_caches()
    first = estimate("gpt-4o", prompt_tokens=800, output_tokens=300)
    assert estimate("gpt-4o", prompt_tokens=800, output_tokens=300) is first
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.energy_wh = 0.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.energy_range_wh.low = 0.0  # type: ignore[misc]


def test_a_config_change_between_two_calls_changes_the_figure() -> None:
    api.clear_caches()
    base = estimate("gpt-4o", prompt_tokens=800, output_tokens=300)
    pue = estimate("gpt-4o", prompt_tokens=800, output_tokens=300, pue=2.0)
    fr = estimate("gpt-4o", prompt_tokens=800, output_tokens=300, region="FR")
    more = estimate(
        "gpt-4o", prompt_tokens=800, output_tokens=302
    )  # one more target step (speculative decoding: 2 tokens a step)
    assert isinstance(base, Estimate) and isinstance(pue, Estimate) and isinstance(fr, Estimate)
    assert isinstance(more, Estimate)
    assert pue.pue == 2.0 and pue.energy_wh == pytest.approx(base.gpu_energy_wh * 2.0)
    assert pue.energy_wh != base.energy_wh and pue.water_ml != base.water_ml
    assert fr.region == "FR" and fr.co2e_g != base.co2e_g
    assert more.output_tokens == 302 and more.gpu_energy_wh > base.gpu_energy_wh
    assert estimate("gpt-4o", prompt_tokens=800, output_tokens=300) is base


def test_a_changed_catalog_is_not_answered_from_the_memo(fake_models: dict[str, Any]) -> None:
    """The fixture swaps the catalog and clears ``resolve``'s cache (not the memo): gpt-4o is unknown there."""
    assert isinstance(estimate("fake-closed", prompt_tokens=800, output_tokens=300), Estimate)
    assert isinstance(estimate("gpt-4o", prompt_tokens=800, output_tokens=300), UnknownModel)


def test_memo_is_bounded() -> None:
    api.clear_caches()
    for prompt in range(1, api.MEMO_SIZE + 10):
        estimate("llama-3.1-8b", prompt_tokens=prompt, output_tokens=2)
    assert 0 < len(api._memo) <= api.MEMO_SIZE


@pytest.mark.parametrize("kwargs", SAMPLE[:4])
def test_lifecycle_fields_built_in_one_pass_match_the_estimate_they_describe(kwargs: dict[str, Any]) -> None:
    e = estimate(prompt_tokens=900, output_tokens=250, **kwargs)
    assert isinstance(e, Estimate)
    recomputed = lifecycle_fields(e)
    n_notes = len(recomputed["assumptions"]) - len(e.assumptions)
    assert n_notes > 0 and e.assumptions[-n_notes:] == recomputed["assumptions"][-n_notes:]
    for name, value in recomputed.items():
        if name != "assumptions":
            assert getattr(e, name) == value, name


@pytest.mark.parametrize("enabled", [True, False])
def test_estimate_many_gives_the_garbage_collector_back_as_it_found_it(enabled: bool) -> None:
    import gc

    bad = [{"model": "gpt-4o", "prompt_tokens": 10, "output_tokens": 5}, {"model": "gpt-4o", "prompt_tokens": 0}]
    (gc.enable if enabled else gc.disable)()
    try:
        assert len(api.estimate_many(bad[:1])) == 1 and gc.isenabled() is enabled
        with pytest.raises(Exception, match="request #1"):
            api.estimate_many(bad)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def _rows(n: int) -> list[dict[str, Any]]:
    models = ("gpt-4o", "llama-3.1-8b", "o3", "ollama/llama3.1:8b", "deepseek-r1")
    return [
        {"model": models[i % len(models)], "prompt_tokens": 100 + 37 * i, "output_tokens": 1 + 11 * i} for i in range(n)
    ]


def test_estimate_many_answers_repeated_small_batches_from_its_memo_with_the_batch_figures() -> None:
    """A request priced again in a small batch gets what a bulk batch (not remembered) computes for it."""
    api.clear_caches()
    bulk = api.estimate_many(_rows(api.BATCH_REMEMBERED + 40))
    assert not api._batch_memo  # too many distinct new requests to remember
    small = _rows(12)[3:9]
    first = api.estimate_many(small)
    again = api.estimate_many(small)
    assert all(a is b for a, b in zip(first, again))  # the second batch came from the memo
    assert [e.to_dict() for e in again] == [e.to_dict() for e in bulk[3:9]]  # type: ignore[union-attr]


def test_estimate_many_memo_follows_config_changes() -> None:
    api.clear_caches()
    rows = _rows(4)
    base = api.estimate_many(rows)
    pue = api.estimate_many([{**row, "pue": 1.9} for row in rows])
    fr = api.estimate_many([{**row, "region": "FR"} for row in rows])
    for b, p, f in zip(base, pue, fr):
        assert isinstance(b, Estimate) and isinstance(p, Estimate) and isinstance(f, Estimate)
        assert p.pue == 1.9 and p.energy_wh != b.energy_wh and p.gpu_energy_wh == b.gpu_energy_wh
        assert f.region == "FR" and f.co2e_g != b.co2e_g
    assert [e.to_dict() for e in api.estimate_many(rows)] == [e.to_dict() for e in base]  # type: ignore[union-attr]
