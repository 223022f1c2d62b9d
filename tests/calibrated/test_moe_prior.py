"""Issue 10: the default MoE routing of a model the catalog does not describe (``physics/moe_prior.py``), derived
from the catalog's published MoE configs; catalog models keep their own routing or the legacy rule."""

from __future__ import annotations

import json
import statistics
from importlib import resources

import pytest

from rice_core.catalog.attention import moe_prior
from rice_core.estimator.inputs import resolve
from rice_core.physics.moe_prior import routing_prior
from rice_core.physics.timing import experts_read_fraction
from rice_core.result import UnknownModel

from .test_physics import workload


def _configs() -> dict[str, dict]:
    text = resources.files("rice_core.data.catalog").joinpath("experts.json").read_text(encoding="utf-8")
    return dict(json.loads(text)["models"])


def test_the_identity_fixes_the_draw_once_the_routed_share_is_assumed() -> None:
    # 100 B total, 10 B active, 95 % routed: dense 5 B, so 5 B of the 95 B routed are drawn: k/E = 5 / 95
    share, draw = routing_prior(100.0, 10.0, 0.95, 1 / 128)  # type: ignore[misc]
    assert share == 0.95 and draw == pytest.approx(5 / 95)
    assert (1 - share) * 100 + share * 100 * draw == pytest.approx(10.0)  # active = dense + drawn experts


def test_the_draw_is_clamped_at_the_sparsest_published_one_and_dense_parts_larger_than_active_give_none() -> None:
    assert routing_prior(100.0, 5.2, 0.95, 1 / 128) == (0.95, pytest.approx(1 / 128))  # (5.2 - 5) / 95 < 1/128
    assert routing_prior(100.0, 5.0, 0.95, 1 / 128) is None  # dense part alone = active: legacy rule
    assert routing_prior(100.0, 3.0, 0.95, 1 / 128) is None
    assert routing_prior(8.0, 8.0, 0.95, 1 / 128) is None  # dense model


def test_the_statistics_are_the_median_routed_share_and_smallest_draw_of_distinct_configs() -> None:
    distinct = {
        (c["routed_params_b"] / c["total_params_b"], c["experts_per_token"] / c["experts"]) for c in _configs().values()
    }
    share, min_draw, n = moe_prior()
    assert n == len(distinct) < len(_configs())  # DeepSeek V3 and R1 share one config: one vote
    assert share == pytest.approx(statistics.median(s for s, _ in distinct))
    assert min_draw == min(d for _, d in distinct)
    assert 0.85 < share < 0.99  # every published design keeps most parameters in routed experts


def test_a_held_out_model_does_not_vote_for_its_own_prior() -> None:
    others = {
        (c["routed_params_b"] / c["total_params_b"], c["experts_per_token"] / c["experts"])
        for model, c in _configs().items()
        if model != "gpt-oss-20b"
    }
    share, _, n = moe_prior(frozenset({"gpt-oss-20b"}))
    assert n == len(others) == moe_prior()[2] - 1  # gpt-oss-20b's config is its own
    assert share == pytest.approx(statistics.median(s for s, _ in others))


def test_a_routed_moe_reads_its_dense_part_at_batch_one_and_more_experts_as_the_batch_grows() -> None:
    share, draw = routing_prior(480.0, 35.0, *moe_prior()[:2])  # type: ignore[misc]
    fractions = [
        experts_read_fraction(
            workload(params_b=480.0, active_params_b=35.0, moe_routed_share=share, moe_expert_draw=draw), b
        )
        for b in (1.0, 8.0, 64.0, 512.0)
    ]
    assert fractions[0] == pytest.approx(35.0 / 480.0)  # one token reads exactly the active parameters
    assert fractions == sorted(fractions) and fractions[-1] < 1.0


def test_a_model_known_only_by_its_sizes_gets_the_prior_and_catalog_models_keep_theirs() -> None:
    def shape(model: str | None, params_b: float | None = None, active_b: float | None = None):  # type: ignore[no-untyped-def]
        r = resolve(model, params_b, active_b, "h100-sxm", None, None, None, None, None, None, None)
        assert not isinstance(r, UnknownModel)
        return r.shape

    named = shape("acme/Acme-MoE-480B-A35B")
    assert named is not None and named.moe_routed_share == pytest.approx(moe_prior()[0])
    assert shape(None, 480.0, 35.0) == named  # the same sizes as arguments
    assert shape("acme/Acme-Chat-24B") is None  # dense: no routing
    assert shape("gpt-4o") is None  # a catalog MoE without a published routing keeps the legacy rule
    catalog = shape("qwen3-30b-a3b")  # a catalog MoE keeps its published routing
    assert catalog is not None and catalog.moe_expert_draw == pytest.approx(8 / 128)
