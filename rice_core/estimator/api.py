"""``estimate()`` and ``estimate_many()``: one LLM request → latency, energy and CO2e with range and assumptions.

    energy_wh = gpu_energy_wh × PUE                      facility energy
    co2e_g    = energy_wh / 1000 × grid gCO2e/kWh

Inputs resolve argument > provider profile > default (``estimator/inputs.py``); the engine (``calibrated`` by
default, or ``rice-paper``) gives runtime and accelerator energy. The range is the engine's error band, widened
for closed models by running the engine at the low and high ends of the catalog's params estimate.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from rice_core.engines.base import EngineInput, EngineOutput
from rice_core.errors import InputError
from rice_core.estimator.inputs import Resolved, check_tokens, engine_module, resolve
from rice_core.estimator.hosted import engine_output_tokens
from rice_core.lifecycle.figures import lifecycle_values
from rice_core.problems import Problem
from rice_core.ranges import Range
from rice_core.result import Assumption, Estimate, UnknownModel

CONTEXT_KEYS = (
    "model",
    "params_b",
    "active_params_b",
    "hardware",
    "devices",
    "batch_size",
    "precision",
    "pue",
    "region",
    "grid_gco2e_per_kwh",
    "power_model",
    "stack",
)
REQUEST_KEYS = frozenset(CONTEXT_KEYS) | {"prompt_tokens", "output_tokens", "reasoning_tokens"}


def co2e_g(energy_wh: float, grid_gco2e_per_kwh: float) -> float:
    """Grams CO2e of ``energy_wh`` on a grid of ``grid_gco2e_per_kwh``."""
    return energy_wh / 1000.0 * grid_gco2e_per_kwh


def engine_inputs(r: Resolved, prompt_tokens: int, output_tokens: int) -> list[EngineInput]:
    """Central input, then (closed models) the low and high ends of the params estimate."""

    def make(total: float, active: float) -> EngineInput:
        return EngineInput(
            params_b=total,
            active_params_b=active,
            prompt_tokens=prompt_tokens,
            output_tokens=engine_output_tokens(output_tokens, r.speculative_speedup),
            hardware=r.hardware,
            devices=r.devices,
            batch_size=r.batch_size,
            precision=r.precision,
            layers=r.layers,
            stack=r.stack,
            kv_scale=r.kv_scale,
            shape=r.shape,
            unshaped=r.unshaped,
        )

    out = [make(r.params_b, r.active_params_b)]
    if r.params_range_b is not None:
        pr = r.params_range_b
        ar = r.active_range_b or pr.scale(r.active_params_b / r.params_b)
        out += [make(pr.low, min(ar.low, pr.low)), make(pr.high, min(ar.high, pr.high))]
    return out


def _engine_notes(r: Resolved, run: EngineOutput) -> tuple[Assumption, ...]:
    """The engine's assumptions, less its devices note where resolution already says where the devices came from."""
    notes = run.assumptions  # the engine puts its devices note first
    return notes[1:] if r.devices is not None and notes and notes[0].name == "devices" else notes


def token_figures(stack: str, output_tokens: int, decode_s: float, gpu_energy_wh: float, pue: float) -> dict[str, Any]:
    """The stack, decode speed (tokens after the first over the decode time) and energy per generated token."""
    steps = max(output_tokens - 1, 0)
    speed = steps / decode_s if steps and decode_s > 0 else 0.0
    per_token_j = gpu_energy_wh * 3600.0 / max(output_tokens, 1)
    return {
        "stack": stack,
        "output_tokens_per_s": speed,
        "energy_per_output_token_j": per_token_j * pue,
        "gpu_energy_per_output_token_j": per_token_j,
    }


@functools.lru_cache(maxsize=4096)
def _merge_warnings(base: tuple[Problem, ...], runs: tuple[tuple[Problem, ...], ...]) -> tuple[Problem, ...]:
    """The resolution's warnings, then each run's, one per code (few distinct combinations: cached)."""
    codes = {w.code for w in base}
    merged = list(base)
    for run_warnings in runs:
        for w in run_warnings:
            if w.code not in codes:
                codes.add(w.code)
                merged.append(w)
    return tuple(merged)


def assemble(r: Resolved, prompt_tokens: int, output_tokens: int, runs: Sequence[EngineOutput]) -> Estimate:
    """One ``Estimate`` from the resolved context and the engine's central (and low/high params) runs, life-cycle
    fields included (built once: no copy of a 45-field record per request)."""
    c = runs[0]
    k = r.speculative_energy_factor  # drafting and verification energy of hosted serving (estimator/hosted.py)
    gpu_wh, pue_k = c.gpu_energy_wh * k, r.pue * k
    if len(runs) == 1:
        low_wh, high_wh = c.gpu_energy_range_wh.low * pue_k, c.gpu_energy_range_wh.high * pue_k
        run_warnings = c.warnings
    else:
        low_wh = min([o.gpu_energy_range_wh.low for o in runs]) * pue_k
        high_wh = max([o.gpu_energy_range_wh.high for o in runs]) * pue_k
        run_warnings = tuple(w for o in runs for w in o.warnings)
    per_wh = r.grid_gco2e_per_kwh / 1000.0
    warnings = _merge_warnings(r.warnings, tuple(o.warnings for o in runs)) if run_warnings else r.warnings
    energy = gpu_wh * r.pue
    latency_s = c.latency_s + r.network_queue_s
    co2e = co2e_g(energy, r.grid_gco2e_per_kwh)
    energy_range, co2e_range = Range(low_wh, high_wh), Range(low_wh * per_wh, high_wh * per_wh)
    lifecycle = lifecycle_values(  # embodied CO2e, water, primary energy (rice_core/lifecycle)
        hardware=r.hardware.id,
        model=r.model,
        region=r.region,
        devices=c.devices,
        latency_s=latency_s,
        batch_size=r.batch_size,
        gpu_energy_wh=gpu_wh,
        energy_wh=energy,
        energy_range_wh=energy_range,
        pue=r.pue,
        co2e_g=co2e,
        co2e_range_g=co2e_range,
        assumptions=r.assumptions + _engine_notes(r, c),
    )
    return Estimate(
        model=r.model,
        params_b=r.params_b,
        active_params_b=r.active_params_b,
        hardware=r.hardware.id,
        devices=c.devices,
        batch_size=r.batch_size,
        precision=r.precision,
        prompt_tokens=prompt_tokens,
        output_tokens=output_tokens,
        prefill_s=c.prefill_s,
        decode_s=c.decode_s,
        latency_s=latency_s,
        gpu_energy_wh=gpu_wh,
        energy_wh=energy,
        co2e_g=co2e,
        energy_range_wh=energy_range,
        co2e_range_g=co2e_range,
        pue=r.pue,
        grid_gco2e_per_kwh=r.grid_gco2e_per_kwh,
        region=r.region,
        power_model=r.power_model,
        warnings=warnings,
        **lifecycle,
        **token_figures(r.stack or "", output_tokens, c.decode_s, gpu_wh, r.pue),
    )


def estimate(
    model: str | None = None,
    *,
    params_b: float | None = None,
    active_params_b: float | None = None,
    prompt_tokens: int,
    output_tokens: int,
    hardware: str | None = None,
    devices: int | None = None,
    batch_size: float | None = None,
    precision: str | None = None,
    pue: float | None = None,
    region: str | None = None,
    grid_gco2e_per_kwh: float | None = None,
    power_model: str | None = None,
    stack: str | None = None,
    reasoning_tokens: int = 0,
) -> Estimate | UnknownModel:
    """Per-request latency, energy and CO2e of one LLM call (``UnknownModel`` for an unknown name, never raised).

    ``reasoning_tokens``: hidden reasoning generated on top of ``output_tokens`` (priced as decode tokens).
    Raises ``InputError`` for unusable values (zero/negative/NaN tokens, unknown hardware or region, …).
    """
    p = check_tokens("prompt_tokens", prompt_tokens)
    o = check_tokens("output_tokens", output_tokens)
    hidden = check_reasoning(reasoning_tokens)
    r = _resolve(
        (
            model,
            params_b,
            active_params_b,
            hardware,
            devices,
            batch_size,
            precision,
            pue,
            region,
            grid_gco2e_per_kwh,
            power_model,
            stack,
        )
    )
    if isinstance(r, UnknownModel):
        return r
    return with_reasoning(memoised(r, p, o + hidden), o, hidden)


def computed(r: Resolved, prompt_tokens: int, output_tokens: int) -> Estimate:
    """The estimate of one resolved request, every engine run done afresh (what ``memoised`` stores)."""
    engine = engine_module(r.power_model)
    runs = [engine.run(i) for i in engine_inputs(r, prompt_tokens, output_tokens)]
    return assemble(r, prompt_tokens, output_tokens, runs)


MEMO_SIZE = 1024  # (context, tokens) requests kept (~3.4 KB each); emptied when full
_memo: dict[tuple[int, int, int], tuple[Resolved, Estimate]] = {}


def memoised(r: Resolved, prompt_tokens: int, output_tokens: int) -> Estimate:
    """``computed``, remembered per (resolved context, tokens): an editor or a scan re-estimates the same calls.

    Keyed on the identity of ``r``, the object ``resolve``'s cache hands out for one set of arguments: another PUE,
    region, stack or model is another object, and clearing ``resolve``'s cache (a changed catalog) makes new ones,
    so no stale figure is returned. Each entry holds its ``r``, so its id cannot be reused while the entry lives.
    An ``Estimate`` is frozen (ranges, assumptions and warnings too): callers share it safely.
    """
    key = (id(r), prompt_tokens, output_tokens)
    hit = recall(_memo, key, r)
    if hit is not None:
        return hit
    result = computed(r, prompt_tokens, output_tokens)
    remember(_memo, key, r, result)
    return result


def recall(
    memo: dict[tuple[int, int, int], tuple[Resolved, Estimate]], key: tuple[int, int, int], r: Resolved
) -> Estimate | None:
    """The remembered estimate of ``key`` if it was computed for this very context object."""
    hit = memo.get(key)
    return hit[1] if hit is not None and hit[0] is r else None


def remember(
    memo: dict[tuple[int, int, int], tuple[Resolved, Estimate]], key: tuple[int, int, int], r: Resolved, e: Estimate
) -> None:
    """Keep ``e`` under ``key`` (with its context, which keeps the id in the key from being reused); bounded."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = (r, e)


def clear_caches() -> None:
    """Forget every remembered estimate and resolved context (after changing the catalog in place, in tests)."""
    _memo.clear()
    _batch_memo.clear()
    resolve.cache_clear()


def check_reasoning(value: Any) -> int:
    """Hidden reasoning tokens: 0 or a whole number of tokens."""
    return 0 if value in (0, None) else check_tokens("reasoning_tokens", value)


def with_reasoning(estimate: Estimate, output_tokens: int, reasoning_tokens: int) -> Estimate:
    """Split the generated tokens the engine priced into visible output and hidden reasoning (issue 16)."""
    if not reasoning_tokens:
        return estimate
    return replace(estimate, output_tokens=output_tokens, reasoning_tokens=reasoning_tokens)


def _resolve(key: tuple[Any, ...]) -> Resolved | UnknownModel:
    try:
        hash(key)
    except TypeError as exc:  # a list or dict where a scalar belongs
        raise InputError(f"estimate arguments must be plain values, got {key!r}") from exc
    return resolve(*key)


def _is_column(value: Any) -> bool:
    return isinstance(value, (list, tuple)) or hasattr(value, "__array__")


def _rows(requests: Sequence[Mapping[str, Any]] | Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Rows from a sequence of mappings, or from columns (a mapping of equal-length sequences; scalars broadcast)."""
    if not isinstance(requests, Mapping):
        return list(requests)
    lengths = {len(v) for v in requests.values() if _is_column(v)}
    if len(lengths) > 1:
        raise InputError(f"estimate_many columns have different lengths: {sorted(lengths)}")
    n = lengths.pop() if lengths else 1
    cols = {k: list(v) if _is_column(v) else [v] * n for k, v in requests.items()}
    return [{k: col[i] for k, col in cols.items()} for i in range(n)]


def estimate_many(requests: Sequence[Mapping[str, Any]] | Mapping[str, Any]) -> list[Estimate | UnknownModel]:
    """``estimate`` for many requests: each distinct context resolves once, each engine runs once (vectorised).

    ``requests``: a sequence of mappings with ``estimate``'s keyword names (``model`` included), or columns.
    Raises ``InputError`` naming the request index for a bad value.
    """
    rows = _rows(requests)
    with collector_paused():
        return _estimate_rows(rows)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a batch builds its results, then restore it.

    A batch allocates ~15 objects per request (records, ranges, tuples) and keeps most of them; the collector would
    walk them again and again as they pile up (~30 % of ``estimate_many``'s time at 20,000 requests). None of them
    form reference cycles, so nothing is left for the collector to find; it runs as usual once the batch is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _estimate_rows(rows: list[Mapping[str, Any]]) -> list[Estimate | UnknownModel]:
    """``estimate_many`` over rows (mappings)."""
    out: list[Estimate | UnknownModel | None] = [None] * len(rows)
    # engine -> {(context, prompt, output): [row indices]}: identical requests run once
    groups: dict[str, dict[tuple[int, int, int], list[int]]] = {}
    contexts: dict[int, Resolved] = {}  # resolve() is cached: one object per distinct context
    hidden: dict[int, tuple[int, int]] = {}  # row → (visible output, reasoning), rows that reason (issue 16)
    for idx, row in enumerate(rows):
        try:
            if not REQUEST_KEYS.issuperset(row):
                raise InputError(f"unknown keys {sorted(set(row) - REQUEST_KEYS)}")
            p = check_tokens("prompt_tokens", row.get("prompt_tokens"))
            o = check_tokens("output_tokens", row.get("output_tokens"))
            reasoning = check_reasoning(row.get("reasoning_tokens", 0))
            if reasoning:
                hidden[idx] = (o, reasoning)
                o += reasoning
            r = _resolve(tuple(map(row.get, CONTEXT_KEYS)))
        except InputError as exc:
            raise InputError(f"request #{idx}: {exc}") from exc
        if isinstance(r, UnknownModel):
            out[idx] = r
        else:
            contexts[id(r)] = r
            groups.setdefault(r.power_model, {}).setdefault((id(r), p, o), []).append(idx)
    for name, requests_by_key in groups.items():
        _run_group(engine_module(name), contexts, requests_by_key, out)
    for idx, (visible, reasoning) in hidden.items():
        if isinstance(out[idx], Estimate):
            out[idx] = with_reasoning(out[idx], visible, reasoning)  # type: ignore[arg-type]
    return out  # type: ignore[return-value]


def _run_group(
    engine: Any, contexts: dict[int, Resolved], requests_by_key: dict[tuple[int, int, int], list[int]], out: list[Any]
) -> None:
    """Run one engine over the distinct requests of a batch and fill ``out`` at every row index.

    An editor re-prices a file's calls at every edit with few of them changed: requests this function priced
    before come from ``_batch_memo`` (kept apart from ``estimate``'s memo: the vectorised engine may differ from
    the scalar one in the last bit, and a request's figures do not depend on the batch it came in). Only small
    batches are remembered, so that a bulk scan does not flush what the editor keeps asking for.
    """
    spans: list[tuple[Resolved, int, int, int]] = []
    inputs: list[EngineInput] = []
    todo: list[tuple[tuple[int, int, int], list[int]]] = []
    for key, indices in requests_by_key.items():
        rid, p, o = key
        r = contexts[rid]
        hit = recall(_batch_memo, key, r)
        if hit is not None:
            for idx in indices:
                out[idx] = hit
            continue
        ins = engine_inputs(r, p, o)
        spans.append((r, p, o, len(ins)))
        inputs.extend(ins)
        todo.append((key, indices))
    if not todo:
        return
    runner = getattr(engine, "run_many", None)
    results = runner(inputs) if runner else [engine.run(i) for i in inputs]
    keep = len(todo) <= BATCH_REMEMBERED
    pos = 0
    for (r, p, o, k), (key, indices) in zip(spans, todo):
        est = assemble(r, p, o, results[pos : pos + k])
        pos += k
        if keep:
            remember(_batch_memo, key, r, est)
        for idx in indices:
            out[idx] = est


BATCH_REMEMBERED = 256  # batches with more distinct new requests than this (bulk scans) are not remembered
_batch_memo: dict[tuple[int, int, int], tuple[Resolved, Estimate]] = {}
