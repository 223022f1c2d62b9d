"""Hosted models: a device count consistent with the speed their users measure.

A closed model's size is a published estimate and its deployment unknown; the smallest device count that holds it
decodes slower than the API (gpt-4o: 49 tokens/s on 16 H100s at batch 64 with speculative decoding,
``estimator/hosted.py``, where users measure 74). Providers shard wider rather than serve fewer requests, so the
batch (the provider profile's) is kept and the devices grow:
the smallest power of two, from the memory minimum up, at which the engine decodes a reference request at least as
fast as the measured deployment speed (``catalog/deployment.py``). A doubling is taken only while it speeds decoding
up by at least 1.5x, i.e. while the step is memory-bound and energy per request stays about the same (devices x
step time); where per-layer and per-sequence overheads bound the step, more devices would only add idle power, so
the estimate stays slower than the API (see docs/validation.md). The same engine, with the same devices, prices
the request, so speed and energy stay consistent.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from rice_core.engines.base import EngineInput
from rice_core.result import Assumption

if TYPE_CHECKING:
    from rice_core.estimator.inputs import Resolved

REFERENCE_TOKENS = (1000, 500)  # prompt, output of the reference request the speed is matched on
MIN_GAIN = 1.5  # a doubling that speeds decoding up by less than this is not taken (energy-neutral region)
MAX_DEVICES = 64


def decode_speed(r: Resolved, devices: int | None) -> tuple[int, float]:
    """(devices used, output tokens/s after the first) of the reference request on ``devices`` (None: memory)."""
    from rice_core.engines import calibrated
    from rice_core.estimator.hosted import engine_output_tokens

    prompt, output = REFERENCE_TOKENS
    inp = EngineInput(
        params_b=r.params_b,
        active_params_b=r.active_params_b,
        prompt_tokens=prompt,
        output_tokens=output,
        hardware=r.hardware,
        devices=devices,
        batch_size=r.batch_size,
        precision=r.precision,
        layers=r.layers,
        stack=r.stack,
        kv_scale=r.kv_scale,
        shape=r.shape,
    )
    if devices is None:  # memory holds the whole sequence, however few target steps decode it
        inp = replace(inp, devices=calibrated.resolve_devices(inp, calibrated.checked_precision(inp)))
    out = calibrated.run(replace(inp, output_tokens=engine_output_tokens(output, r.speculative_speedup)))
    return out.devices, (output - 1) / out.decode_s if out.decode_s > 0 else float("inf")


@functools.lru_cache(maxsize=1024)
def devices_for_speed(r: Resolved, measured_tps: float) -> tuple[int, float]:
    """The smallest power-of-two device count decoding at ``measured_tps`` or more (see the module doc)."""
    devices, speed = decode_speed(r, None)
    while speed < measured_tps and devices < MAX_DEVICES:
        faster = decode_speed(r, devices * 2)[1]
        if faster < speed * MIN_GAIN:
            break
        devices, speed = devices * 2, faster
    return devices, speed


def with_deployment_devices(r: Resolved, model_id: str | None, hosted: bool, devices_given: bool) -> Resolved:
    """``r`` with devices set from the measured deployment speed, for a hosted catalog model on the calibrated
    engine whose devices the caller left open; otherwise ``r`` unchanged."""
    if devices_given or not hosted or model_id is None or r.power_model != "calibrated":
        return r
    from rice_core.catalog.deployment import deployment_speed

    measured = deployment_speed(model_id)
    if measured is None:
        return r
    devices, speed = devices_for_speed(r, measured.output_tokens_per_s)
    note = Assumption(
        "devices",
        devices,
        "deployment",
        f"{speed:.0f} tokens/s on the {r.stack} stack vs {measured.output_tokens_per_s:g} measured "
        f"({measured.sources[0].split(':', 1)[0]})",
    )
    return replace(r, devices=devices, assumptions=r.assumptions + (note,))
