"""Measured deployment speeds of hosted models (output tokens/s, time to first token), keyed by catalog model id.

Data: ``rice_core/data/catalog/deployment_speeds.json`` (figures from EcoLogits 0.11.3, MPL-2.0, one source per
entry), read on first use and validated. The estimator uses them to keep a hosted model's device count consistent
with the speed its users see (``estimator/deployment.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rice_core.errors import CatalogError

SPEEDS_FILE = "deployment_speeds.json"


@dataclass(frozen=True)
class DeploymentSpeed:
    model: str  # catalog id
    output_tokens_per_s: float
    time_to_first_token_s: float
    top20: bool  # one of the 20 hosted models checked against the 2x target
    sources: tuple[str, ...]


def _entry(model: str, raw: object) -> DeploymentSpeed:
    if not isinstance(raw, dict):
        raise CatalogError(f"{SPEEDS_FILE}: {model}: expected an object, got {raw!r}")
    try:
        tps, ttft = float(raw["output_tokens_per_s"]), float(raw["time_to_first_token_s"])
        sources = tuple(str(s) for s in raw["sources"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogError(f"{SPEEDS_FILE}: {model}: missing or invalid field ({exc})") from exc
    if not (tps > 0 and ttft >= 0 and sources):
        raise CatalogError(f"{SPEEDS_FILE}: {model}: speeds must be positive and sourced")
    return DeploymentSpeed(model, tps, ttft, bool(raw.get("top20", False)), sources)


@cache
def deployment_speeds() -> dict[str, DeploymentSpeed]:
    """Every entry of the data file by catalog id, validated."""
    text = resources.files("rice_core.data.catalog").joinpath(SPEEDS_FILE).read_text(encoding="utf-8")
    models = json.loads(text).get("models")
    if not isinstance(models, dict):
        raise CatalogError(f"{SPEEDS_FILE}: expected a 'models' object")
    return {model: _entry(model, raw) for model, raw in models.items()}


def deployment_speed(model_id: str) -> DeploymentSpeed | None:
    """The measured speeds of a catalog model, or None where none are published."""
    return deployment_speeds().get(model_id)
