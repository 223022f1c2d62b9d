"""Hosted serving beyond the roofline: speculative decoding and the network + queueing time users see.

Hosted APIs decode with speculative decoding: a cheap draft proposes tokens and the target model verifies several
in one step, so one memory-bound step yields about ``speedup`` tokens (published 2-3x; 2.0 taken at batch 64).
The engine therefore runs ``1 + (output - 1) / speedup`` target steps (time and energy of the steps it really
takes) and the request's energy is multiplied by ``energy_factor`` for drafting and verifying rejected tokens.
Public time to first token is measured at the API: the provider's median is added to the *latency shown* as
network + queueing, never to device time or energy. Data: ``catalog/hosted_serving.json`` (sourced).
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from rice_core.errors import CatalogError
from rice_core.result import Assumption

if TYPE_CHECKING:
    from rice_core.estimator.inputs import Resolved

SERVING_FILE = "hosted_serving.json"


@cache
def serving_document() -> dict[str, Any]:
    """The hosted-serving data, validated once."""
    text = resources.files("rice_core.data.catalog").joinpath(SERVING_FILE).read_text(encoding="utf-8")
    doc = json.loads(text)
    spec = doc.get("speculative_decoding", {})
    if not (spec.get("speedup", 0) >= 1 and spec.get("energy_factor", 0) >= 1 and spec.get("sources")):
        raise CatalogError(f"{SERVING_FILE}: speculative_decoding needs speedup >= 1, energy_factor >= 1, sources")
    return doc


@cache
def network_queue_s(provider: str) -> float | None:
    """Median public time to first token of the provider's models with a measured deployment speed."""
    from rice_core.catalog.deployment import deployment_speeds
    from rice_core.catalog.models import lookup_model

    ttfts = [
        s.time_to_first_token_s
        for model, s in deployment_speeds().items()
        if (spec := lookup_model(model)) is not None and spec.provider == provider
    ]
    return statistics.median(ttfts) if ttfts else None


def engine_output_tokens(output_tokens: int, speedup: float) -> int:
    """Target-model steps of a request: the first token from prefill, then one step per ``speedup`` tokens."""
    if output_tokens <= 1 or speedup <= 1.0:
        return output_tokens
    return 1 + math.ceil((output_tokens - 1) / speedup)


def with_hosted_serving(r: Resolved, model_id: str | None, provider: str | None, hosted: bool) -> Resolved:
    """``r`` with speculative decoding and network + queueing time, for every hosted catalog model on the calibrated
    engine (whether or not its own speed is published, so that two hosted models compare on the same footing);
    otherwise ``r`` unchanged."""
    if not hosted or model_id is None or provider is None or r.power_model != "calibrated":
        return r
    spec = serving_document()["speculative_decoding"]
    speedup, factor = float(spec["speedup"]), float(spec["energy_factor"])
    notes = [
        Assumption(
            "speculative_decoding",
            speedup,
            "hosted-serving",
            f"{speedup:g} tokens per target step, energy x{factor:g} for drafting ({SERVING_FILE})",
        )
    ]
    queue_s = network_queue_s(provider) or 0.0
    if queue_s:
        notes.append(
            Assumption(
                "network_queue_s",
                queue_s,
                "hosted-serving",
                f"median public time to first token of {provider} models, added to the latency shown only",
            )
        )
    return replace(
        r,
        speculative_speedup=speedup,
        speculative_energy_factor=factor,
        network_queue_s=queue_s,
        assumptions=r.assumptions + tuple(notes),
    )
