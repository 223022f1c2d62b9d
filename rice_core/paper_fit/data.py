"""The HELM-Efficiency training data shipped in ``rice_core/data/helm`` (see its README for provenance/licence).

The idealized runtimes JSON has 19 model keys, but several keys reuse another model's Megatron profile. The
paper's data points are the **distinct (params, #GPUs, beta, prompt curve)** rows: 14 of them (12 Megatron
profiles; two profiles are reused by models of different size: j1-large 7.5 B / curie 6.7 B and anthropic 52 B /
cohere 52.4 B), i.e. 14 points for the device and per-token fits ("less than 15") and 14 × 27 = 378 prefill
points ("~400"). Runtimes are seconds on A100-SXM4-80GB, fp16, batch 1.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from dataclasses import dataclass
from importlib import resources

from rice_core.errors import CatalogError

PROMPT_LENGTHS_MAX = 1920  # the data's longest prompt (tokens)


@dataclass(frozen=True)
class Profile:
    """One distinct HELM idealized-runtime profile."""

    helm_key: str  # first HELM key (JSON order) with this profile
    params_b: float
    gpus: int  # A100-80GB used by the profiling run (minimum that fits)
    beta_s: float  # runtime per output token, s
    prefill_s: tuple[tuple[int, float], ...]  # (prompt tokens, runtime of prompt + 1 output token, s)


def _read_text(name: str) -> str:
    try:
        return (resources.files("rice_core") / "data" / "helm" / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"HELM data file {name} cannot be read: {exc}") from exc


def _model_rows() -> dict[str, dict[str, str]]:
    return {row["helm_key"]: row for row in csv.DictReader(io.StringIO(_read_text("models.csv")))}


def _profile(key: str, entry: dict, row: dict[str, str]) -> Profile:
    try:
        curve = tuple(sorted((int(p), float(s)) for p, s in entry["runtime_for_prompt_tokens"].items()))
        return Profile(
            key,
            float(row["params_billion"]),
            int(row["num_gpus_a100_80gb"]),
            float(entry["runtime_per_output_token"]),
            curve,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise CatalogError(f"HELM data: key {key!r} is malformed: {exc}") from exc


@functools.cache
def load_profiles() -> tuple[Profile, ...]:
    """The distinct profiles, sorted by params (then key); schema-checked."""
    runtimes = json.loads(_read_text("inference_idealized_runtimes.json"))
    rows = _model_rows()
    distinct: dict[tuple, Profile] = {}
    for key, entry in runtimes.items():
        if key not in rows:
            raise CatalogError(f"HELM data: idealized key {key!r} has no row in models.csv")
        prof = _profile(key, entry, rows[key])
        distinct.setdefault((prof.params_b, prof.gpus, prof.beta_s, prof.prefill_s), prof)
    if len(distinct) < 10 or any(len(p.prefill_s) != 27 for p in distinct.values()):
        raise CatalogError("HELM data: expected >= 10 distinct profiles with 27 prompt lengths each")
    return tuple(sorted(distinct.values(), key=lambda p: (p.params_b, p.helm_key)))


def prefill_points() -> tuple[list[tuple[float, int]], list[float], list[str]]:
    """Prefill training set: X = (params_b, prompt_tokens), y = seconds, and each row's HELM key (for grouping)."""
    xs: list[tuple[float, int]] = []
    ys: list[float] = []
    groups: list[str] = []
    for prof in load_profiles():
        for prompt, seconds in prof.prefill_s:
            xs.append((prof.params_b, prompt))
            ys.append(seconds)
            groups.append(prof.helm_key)
    return xs, ys, groups
