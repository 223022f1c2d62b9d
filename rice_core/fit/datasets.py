"""The shipped measurements as arrays: ML.ENERGY v2 (batched serving, energy) and HELM Megatron (batch 1, latency).

ML.ENERGY records no prompt lengths. We assume the prompt lengths below (documented in the README): ShareGPT first
turns with a chat template average ≈ 250 tokens; code-completion prompts ≈ 150. ``prompt_scale`` tests sensitivity.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from rice_core.fit.hardware import MLENERGY_GPU_IDS, hardware_spec
from rice_core.physics.workload import Workload

ASSUMED_PROMPT_TOKENS = {"chat": 250.0, "code": 150.0}
# mt_nlg was profiled as 35 of its 105 layers on 8 GPUs: the full model is 3 such slices in a pipeline (24 GPUs),
# as HELM's fit_runtimes and the paper count it
MT_NLG_SLICES = 3.0
HELM_VOCAB = 50257  # GPT-2 vocabulary of the Megatron profiles (embedding params = vocab × hidden)


@dataclass(frozen=True)
class Measured:
    """Rows of one data set: the workload, the measured target(s) and labels for grouping."""

    workload: Workload
    model: np.ndarray  # model id per row (str)
    gpu: np.ndarray  # hardware id per row (str)
    energy_j: np.ndarray  # measured energy per request (NaN where not measured)
    time_s: np.ndarray  # ML.ENERGY: device-time share per request (output tokens / token throughput);
    # HELM: end-to-end latency at batch 1


def _read(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def _workload(cols: dict[str, list[float]]) -> Workload:
    """Columns as arrays; a field no row set keeps its default (HELM: the dense transformer's shape)."""
    arrays = {k: np.asarray(v, dtype=float) for k, v in cols.items() if v}
    return Workload(**arrays)


@cache
def mlenergy(prompt_scale: float = 1.0) -> Measured:
    """The 314 text-generation rows of ML.ENERGY v2 (chat and code; the multimodal rows are left out), each model
    with the catalog's KV shape, windowed layers and MoE routing as the v3 rows and estimates get them."""
    from rice_core.fit.mlenergy_v3 import _kv_scale, _shape  # imports this module: here to avoid the cycle

    params = json.loads(_read("rice_core.data.mlenergy", "model_params.json"))["models"]
    rows = [
        r
        for r in csv.DictReader(io.StringIO(_read("rice_core.data.mlenergy", "ml_energy_v2_all_configs.csv")))
        if r["task_family"] == "llm_text_generation"
    ]
    cols: dict[str, list[float]] = {f: [] for f in Workload.__dataclass_fields__}
    for r in rows:
        hw = hardware_spec(MLENERGY_GPU_IDS[r["GPU"]])
        p = params[r["Model"]]
        for name, value in (
            ("params_b", p["params_b"]),
            ("active_params_b", p["active_params_b"]),
            ("prompt_tokens", ASSUMED_PROMPT_TOKENS[r["task"]] * prompt_scale),
            ("output_tokens", float(r["Avg Output Tokens"])),
            ("devices", int(r["TP"]) * int(r["PP"])),
            ("batch_size", float(r["Avg BS (reqs)"])),
            ("bytes_per_param", 2.0),
            ("mem_bw_gbps", hw.mem_bw_gbps),
            ("peak_tflops", hw.fp16_tflops),
            ("tdp_w", hw.tdp_w),
            ("layers", p["layers"]),
            ("kv_scale", _kv_scale(r["Model"])),
            *_shape(r["Model"]).items(),
        ):
            cols[name].append(float(value))
    return Measured(
        workload=_workload(cols),
        model=np.array([r["Model"] for r in rows]),
        gpu=np.array([MLENERGY_GPU_IDS[r["GPU"]] for r in rows]),
        energy_j=np.array([float(r["Energy/req (J)"]) for r in rows]),
        time_s=np.array([float(r["Avg Output Tokens"]) / float(r["Token tput (tok/s)"]) for r in rows]),
    )


@cache
def helm_megatron() -> Measured:
    """Raw Megatron runtimes on A100-80GB at batch 1: 13 profiles × 27 prompt × 10 output lengths."""
    profiles = {
        r["megatron_profile"]: r
        for r in csv.DictReader(io.StringIO(_read("rice_core.data.helm", "megatron_profiles.csv")))
    }
    rows = list(csv.DictReader(io.StringIO(_read("rice_core.data.helm", "megatron_a100_raw_runtimes.csv"))))
    hw = hardware_spec("a100-80gb")
    cols: dict[str, list[float]] = {f: [] for f in Workload.__dataclass_fields__}
    for r in rows:
        prof = profiles[r["megatron_profile"]]
        hidden, n_layers = float(prof["hidden_size"]), float(prof["num_layers"])
        slices = MT_NLG_SLICES if r["megatron_profile"] == "mt_nlg" else 1.0
        n_layers *= slices
        params_b = (12.0 * n_layers * hidden**2 + HELM_VOCAB * hidden) / 1e9
        for name, value in (
            ("params_b", params_b),
            ("active_params_b", params_b),
            ("prompt_tokens", float(r["num_input_tokens"])),
            ("output_tokens", float(r["num_output_tokens"])),
            ("devices", float(prof["gpus_in_profile_run"]) * slices),
            ("batch_size", 1.0),
            ("bytes_per_param", 2.0),
            ("mem_bw_gbps", hw.mem_bw_gbps),
            ("peak_tflops", hw.fp16_tflops),
            ("tdp_w", hw.tdp_w),
            ("layers", n_layers),
            ("kv_scale", 1.0),  # GPT-style multi-head attention, counted with the default KV width as before
        ):
            cols[name].append(value)
    return Measured(
        workload=_workload(cols),
        model=np.array([r["megatron_profile"] for r in rows]),
        gpu=np.array(["a100-80gb"] * len(rows)),
        energy_j=np.full(len(rows), np.nan),
        time_s=np.array(
            [float(r["runtime_s"]) * (MT_NLG_SLICES if r["megatron_profile"] == "mt_nlg" else 1.0) for r in rows]
        ),
    )
