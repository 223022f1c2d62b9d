"""ML.ENERGY Leaderboard v3 rows (2025 vLLM on H100 and B200) as arrays, read from the user's copy of the data.

The release states no licence, so its rows are not in the package: ``load_v3(path)`` reads
``ml_energy_v3_part.csv`` from a folder the user gives (the test suite reads ``../shared/data/ml-energy-v3``).
Shapes (layers) come from the model catalog; input lengths are not recorded and are assumed (see
``V3_PROMPT_TOKENS``). Targets: GPU energy per request, time per output token (median inter-token latency) and
device time per request (output tokens / server throughput).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rice_core.fit.datasets import Measured
from rice_core.fit.hardware import hardware_spec
from rice_core.physics.workload import Workload
from rice_core.precision import bytes_per_param, canonical_precision

V3_FILE = "ml_energy_v3_part.csv"
V3_GPU_IDS = {"H100": "h100-sxm", "B200": "b200"}
# LMArena chat first turns with a chat template and system prompt; GPQA question + four options + instructions
V3_PROMPT_TOKENS = {"lm-arena-chat": 250.0, "gpqa": 250.0}
DEFAULT_PROMPT_TOKENS = 250.0  # a task not listed above
# Hugging Face id -> catalog id where the tail alone does not name it; other ids resolve by ``catalog_names``
V3_CATALOG_IDS = {
    "Qwen/Qwen3-14B": "qwen3-14b",
    "Qwen/Qwen3-235B-A22B-Instruct-2507": "qwen3-235b-a22b",
    "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8": "qwen3-235b-a22b",
    "Qwen/Qwen3-30B-A3B-Instruct-2507": "qwen3-30b-a3b",
    "Qwen/Qwen3-32B": "qwen3-32b",
    "Qwen/Qwen3-8B": "qwen3-8b",
    "deepseek-ai/DeepSeek-R1-0528": "deepseek-r1",
    "google/gemma-3-12b-it": "gemma-3-12b",
    "meta-llama/Llama-3.1-70B-Instruct": "llama-3.1-70b",
    "meta-llama/Llama-3.1-8B-Instruct": "llama-3.1-8b",
    "meta-llama/Llama-4-Scout-17B-16E-Instruct": "llama-4-scout",
    "openai/gpt-oss-20b": "gpt-oss-20b",
    # Magistral Small is Mistral Small 3.1 / 3.2 with reasoning post-training (model cards: "Building upon Mistral
    # Small 3.1 (2503)", 1.2 "upon Mistral Small 3.2 (2506)"): the shape of mistral-small-3, whose entry states layers
    "mistralai/Magistral-Small-2506": "mistral-small-3",
    "mistralai/Magistral-Small-2507": "mistral-small-3",
    "mistralai/Magistral-Small-2509": "mistral-small-3",
}


@dataclass(frozen=True)
class MeasuredV3:
    """The v3 rows: ``Measured`` (energy, device time) plus time per output token and labels."""

    rows: Measured
    tpot_s: np.ndarray  # median inter-token latency, s
    task: np.ndarray
    power_w: np.ndarray  # mean GPU power, all GPUs of the configuration
    skipped: int = 0  # rows without a usable measurement, GPU or precision (see ``usable``)


def model_group(model_id: str) -> str:
    """One model whatever its weight format: the FP8 checkpoint of a model is the same model for held-out tests."""
    return model_id.removesuffix("-FP8")


def _catalog_keys(model_id: str) -> list[str]:
    """Catalog ids to look a v3 model up by: the catalog's own id where it knows the model, and the bare names
    (a shape entry may be keyed by a model the catalog does not list, e.g. ``nvidia-nemotron-nano-9b-v2``)."""
    from rice_core.catalog.models import lookup_model

    keys = []
    for name in catalog_names(model_id):
        spec = lookup_model(name)
        keys += [spec.id, name] if spec is not None else [name]
    return keys


def _kv_scale(model_id: str) -> float:
    """The catalog's KV-cache shape factor of the model (``catalog/attention.py``), 1 where it lists none."""
    from rice_core.catalog.attention import kv_scale

    for key in _catalog_keys(model_id):
        found = kv_scale(key)
        if found is not None:
            return found[0]
    return 1.0


def _shape(model_id: str) -> dict[str, float]:
    """The catalog's windowed layers, recurrent state and MoE routing of the model (NaN routing where unknown)."""
    from rice_core.catalog.attention import model_shape

    shape = {"kv_window_scale": 0.0, "kv_window_tokens": 0.0, "state_bytes": 0.0}
    shape |= {"moe_routed_share": float("nan"), "moe_expert_draw": float("nan")}
    for key in _catalog_keys(model_id):
        found = model_shape(key)
        if found is not None:
            return shape | found[0]
    return shape


_SUFFIXES = (
    *("-fp8", "-instruct", "-it", "-hf", "-chat", "-2503", "-2505", "-2506", "-2507", "-0528", "-2512", "-v2"),
    *("-17b-16e", "-a22b", "-a3b", "-24b"),
)


def catalog_names(model_id: str) -> list[str]:
    """Names to look up in the catalog for a Hugging Face id: the mapped id, then the tail with release suffixes
    dropped one by one (``Qwen/Qwen3-Coder-30B-A3B-Instruct`` -> ``qwen3-coder-30b-a3b-instruct``, ...)."""
    names = [V3_CATALOG_IDS[model_id]] if model_id in V3_CATALOG_IDS else []
    tail = model_id.rsplit("/", 1)[-1].lower()
    names.append(tail)
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if tail.endswith(suffix):
                tail = tail[: -len(suffix)]
                names.append(tail)
                changed = True
    return names


def _layers(model_id: str) -> float:
    """The catalog's published depth; NaN (the power law of ``physics/shapes.py``) for a model it does not know."""
    from rice_core.catalog.models import lookup_model

    for name in catalog_names(model_id):
        spec = lookup_model(name)
        if spec is not None and spec.layers:
            return float(spec.layers)
    return float("nan")


def default_v3_dir() -> Path | None:
    """``../shared/data/ml-energy-v3`` beside the repository root, where the team's (and CI's) copy sits."""
    root = Path(__file__).resolve().parents[2]
    folder = root.parent / "shared" / "data" / "ml-energy-v3"
    return folder if (folder / V3_FILE).is_file() else None


def gpu_id(label: str) -> str:
    """The catalog id of a v3 GPU label (H100, B200, or any name the hardware catalog knows)."""
    from rice_core.catalog.hardware import lookup_hardware

    if label in V3_GPU_IDS:
        return V3_GPU_IDS[label]
    spec = lookup_hardware(label.strip().lower().replace(" ", "-"))
    return spec.id if spec is not None else label


def replicas(row: dict[str, str]) -> float:
    """Data-parallel replicas of a configuration: each serves its share of the batch on its share of the GPUs."""
    return max(float(row.get("data_parallel") or 1.0), 1.0)


_NUMBERS = (
    "total_params_billions",
    "activated_params_billions",
    "num_gpus",
    "avg_batch_size",
    "avg_output_len",
    "avg_power_watts",
    "energy_per_request_joules",
    "median_itl_ms",
    "output_throughput_tokens_per_sec",
)
_FOUR_BIT_FLOATS = {"nvfp4": "mxfp4", "fp4": "mxfp4"}  # 4-bit float weights with block scales: MXFP4's bytes


def row_precision(row: dict[str, str]) -> str:
    """The canonical weight precision of a row (NVFP4 counted as MXFP4: both 4-bit floats with block scales)."""
    text = row.get("weight_precision", "").strip().lower()
    return canonical_precision(_FOUR_BIT_FLOATS.get(text, text))


def usable(row: dict[str, str]) -> bool:
    """A row with every measured number positive and finite, a GPU in the hardware catalog and a known precision."""
    from rice_core.catalog.hardware import lookup_hardware
    from rice_core.errors import InputError

    try:
        numbers = [float(row[k]) for k in _NUMBERS]
        row_precision(row)
    except (KeyError, TypeError, ValueError, InputError):
        return False
    return all(np.isfinite(x) and x > 0 for x in numbers) and lookup_hardware(gpu_id(row["gpu_model"])) is not None


@cache
def load_v3(folder: Path, prompt_scale: float = 1.0) -> MeasuredV3:
    """The v3 rows of ``folder/ml_energy_v3_part.csv``."""
    with (Path(folder) / V3_FILE).open(encoding="utf-8", newline="") as fh:
        every = list(csv.DictReader(fh))
    rows = [r for r in every if usable(r)]
    cols: dict[str, list[float]] = {f: [] for f in Workload.__dataclass_fields__}
    for r in rows:
        hw = hardware_spec(gpu_id(r["gpu_model"]))
        precision = row_precision(r)
        peak = hw.fp8_tflops if precision == "fp8" and hw.fp8_tflops else hw.fp16_tflops
        for name, value in (
            ("params_b", float(r["total_params_billions"])),
            ("active_params_b", float(r["activated_params_billions"])),
            ("prompt_tokens", V3_PROMPT_TOKENS.get(r["task"], DEFAULT_PROMPT_TOKENS) * prompt_scale),
            ("output_tokens", float(r["avg_output_len"])),
            ("devices", float(r["num_gpus"]) / replicas(r)),
            ("batch_size", max(float(r["avg_batch_size"]) / replicas(r), 1.0)),
            ("bytes_per_param", bytes_per_param(precision)),
            ("mem_bw_gbps", hw.mem_bw_gbps),
            ("peak_tflops", peak),
            ("tdp_w", hw.tdp_w),
            ("layers", _layers(r["model_id"])),
            ("kv_scale", _kv_scale(r["model_id"])),
            ("fp8_weights", 1.0 if precision == "fp8" else 0.0),
            ("quant_weights", 1.0 if precision in ("int4", "int8") else 0.0),
            *_shape(r["model_id"]).items(),
        ):
            cols[name].append(float(value))
    out = [float(r["avg_output_len"]) for r in rows]
    measured = Measured(
        workload=Workload(**{k: np.asarray(v, dtype=float) for k, v in cols.items()}),
        model=np.array([model_group(r["model_id"]) for r in rows]),
        gpu=np.array([gpu_id(r["gpu_model"]) for r in rows]),
        energy_j=np.array([float(r["energy_per_request_joules"]) for r in rows]),
        time_s=np.array([o / float(r["output_throughput_tokens_per_sec"]) for o, r in zip(out, rows)]),
    )
    return MeasuredV3(
        rows=measured,
        tpot_s=np.array([float(r["median_itl_ms"]) / 1000.0 for r in rows]),
        task=np.array([r["task"] for r in rows]),
        power_w=np.array([float(r["avg_power_watts"]) for r in rows]),
        skipped=len(every) - len(rows),
    )
