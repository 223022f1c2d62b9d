"""Measured deployment speeds of hosted models (EcoLogits 0.11.3, MPL-2.0) and the devices kept consistent with them."""

from __future__ import annotations

import json
from importlib import resources

from rice_core.catalog.deployment import deployment_speeds
from rice_core.catalog.models import lookup_model
from rice_core.estimator import estimate
from rice_core.estimator.deployment import MIN_GAIN


def test_every_entry_is_a_catalog_model_with_a_cited_source() -> None:
    speeds = deployment_speeds()
    assert len(speeds) >= 40 and sum(s.top20 for s in speeds.values()) == 20
    for model, s in speeds.items():
        assert lookup_model(model) is not None and lookup_model(model).id == model  # type: ignore[union-attr]
        assert s.sources[0].startswith("EcoLogits 0.11.3 (MPL-2.0) ecologits/data/models.json: ")
        assert f"deployment.tps {s.output_tokens_per_s}" in s.sources[0]


def test_the_file_carries_the_mpl_notice() -> None:
    doc = json.loads(resources.files("rice_core.data.catalog").joinpath("deployment_speeds.json").read_text("utf-8"))
    assert "Mozilla Public License 2.0" in doc["_licence"] and "ecologits/0.11.3" in doc["_licence"]


def test_hosted_devices_follow_the_measured_speed_while_memory_bound() -> None:
    e = estimate("gpt-4o-mini", prompt_tokens=1000, output_tokens=500)
    note = next(a for a in e.assumptions if a.source == "deployment")  # type: ignore[union-attr]
    assert note.name == "devices" and note.value == e.devices and "79 measured" in note.detail  # type: ignore[union-attr]
    wider = estimate("gpt-4o-mini", prompt_tokens=1000, output_tokens=500, devices=2 * e.devices)  # type: ignore[union-attr]
    assert wider.output_tokens_per_s < MIN_GAIN * e.output_tokens_per_s  # type: ignore[union-attr]
    given = estimate("gpt-4o-mini", prompt_tokens=1000, output_tokens=500, devices=8)
    assert given.devices == 8 and all(a.source != "deployment" for a in given.assumptions)  # type: ignore[union-attr]


def test_top20_speeds_within_2x_of_the_public_figures() -> None:
    """Measured today: 5 of the 20 within 2x (docs/validation.md says why); fewer is a regression."""
    inside = 0
    for model, s in deployment_speeds().items():
        if s.top20:
            e = estimate(model, prompt_tokens=1000, output_tokens=500)
            inside += 0.5 <= e.output_tokens_per_s / s.output_tokens_per_s <= 2.0  # type: ignore[union-attr]
    assert inside >= 5
