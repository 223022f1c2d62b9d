"""Hosted serving beyond the roofline: speculative decoding and the network + queueing time users see.

Hosted APIs decode with speculative decoding: a cheap draft proposes tokens and the target model verifies several
in one step, so one memory-bound step yields about ``speedup`` tokens (published 2-3x; 2.0 taken at batch 64).
The engine therefore runs ``1 + (output - 1) / speedup`` target steps (time and energy of the steps it really
takes) and the request's energy is multiplied by ``energy_factor`` for drafting and verifying rejected tokens.
Public time to first token is measured at the API and is added to the *latency shown* as network + queueing (and,
for reasoning models, hidden thinking), never to device time or energy: the model's own measured figure where one is
published, else the median of the same provider's measured models of the same kind (reasoning by default or not).
Data: ``catalog/hosted_serving.json`` and ``catalog/deployment_speeds.json`` (sourced).
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
def network_queue_s(provider: str, reasons: bool | None = None, exclude: str = "") -> float | None:
    """Median public time to first token of the provider's measured models (of one kind when ``reasons`` is given,
    falling back to all of them; ``exclude`` leaves one model out, for the held-out check)."""
    from rice_core.catalog.deployment import deployment_speeds
    from rice_core.catalog.models import lookup_model

    measured = [
        (s.time_to_first_token_s, reasons_by_default(model))
        for model, s in deployment_speeds().items()
        if model != exclude and (spec := lookup_model(model)) is not None and spec.provider == provider
    ]
    same_kind = [t for t, kind in measured if reasons is None or kind == reasons]
    ttfts = same_kind or [t for t, _ in measured]
    return statistics.median(ttfts) if ttfts else None


@cache
def reasons_by_default(model_id: str) -> bool:
    """Whether a call that does not set an effort or budget thinks before its first visible token."""
    from rice_core.workload.reasoning import expected_reasoning

    return expected_reasoning(model_id).tokens > 0


@cache
def first_token_wait(model_id: str, provider: str) -> tuple[float, str] | None:
    """Network + queueing (+ hidden thinking) before the first token, and how it was reckoned."""
    from rice_core.catalog.deployment import deployment_speed

    measured = deployment_speed(model_id)
    if measured is not None:
        return measured.time_to_first_token_s, f"measured time to first token of {model_id} (deployment_speeds.json)"
    kind = reasons_by_default(model_id)
    queue_s = network_queue_s(provider, kind)
    if queue_s is None:
        return None
    what = "reasoning" if kind else "non-reasoning"
    return queue_s, f"median measured time to first token of {provider} {what} models (no figure for {model_id})"


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
    wait = first_token_wait(model_id, provider)
    queue_s = wait[0] if wait else 0.0
    if wait and queue_s:
        notes.append(Assumption("network_queue_s", queue_s, "hosted-serving", f"{wait[1]}; latency shown only"))
    return replace(
        r,
        speculative_speedup=speedup,
        speculative_energy_factor=factor,
        network_queue_s=queue_s,
        assumptions=r.assumptions + tuple(notes),
    )
