"""Public batch-1 decode speeds of 2025 serving stacks (``benchmarks/serving_batch1/speeds.csv``) as physics inputs.

ML.ENERGY v3 measures the 2025 stack at batch 8 and above only. These rows — facts transcribed with their sources,
kept in the repository and not shipped — measure time per output token at one concurrent request. The 2025 stack's
fit reads the rows of the stacks it describes (vLLM and SGLang, CUDA graphs, on NVIDIA GPUs, ``use`` = 1);
``benchmarks/serving_batch1/check.py`` prices every row. Shapes come from the catalog as for the v3 rows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from rice_core.engines.calibrated import QUANTISED, peak_tflops
from rice_core.fit.hardware import hardware_spec
from rice_core.fit.local_speeds import read_rows
from rice_core.fit.mlenergy_v3 import _kv_scale, _layers, _shape, catalog_names, model_group
from rice_core.physics.workload import Workload
from rice_core.precision import bytes_per_param, canonical_precision

SPEEDS = Path("benchmarks") / "serving_batch1" / "speeds.csv"
FIT_STACKS = ("vllm", "sglang")  # the CUDA-graph serving stacks ``vllm-2025`` describes, as the rows name them


@dataclass(frozen=True)
class Batch1:
    """Measured batch-1 rows as arrays: the physics' workloads and the time per output token, s."""

    workload: Workload
    tpot_s: np.ndarray
    model: np.ndarray  # catalog id: one model whatever its checkpoint (the key held out together with v3 rows)
    gpu: np.ndarray
    stack: np.ndarray


def default_batch1_path() -> Path | None:
    """The repository's ``benchmarks/serving_batch1/speeds.csv`` (absent from an installed package)."""
    path = Path(__file__).resolve().parents[2] / SPEEDS
    return path if path.is_file() else None


def model_key(model_id: str) -> str:
    """The catalog id of a Hugging Face id (``deepseek-ai/DeepSeek-R1-0528`` -> ``deepseek-r1``); the id without a
    weight-format suffix where the catalog does not know it. v3 rows and batch-1 rows of one model share the key."""
    from rice_core.catalog.models import lookup_model

    for name in catalog_names(model_id):
        spec = lookup_model(name)
        if spec is not None:
            return spec.id
    return model_group(model_id)


def sizes_b(model_id: str) -> tuple[float, float]:
    """(total, active) parameters in billions from the catalog (KeyError for a model it does not know)."""
    from rice_core.catalog.models import lookup_model

    spec = lookup_model(model_key(model_id))
    if spec is None:
        raise KeyError(f"{model_id}: not in the model catalog")
    return float(spec.params_b), float(spec.active_params_b)


def row_workload(row: dict[str, str]) -> Workload:
    """The physics' view of one measured configuration (scalars), built as the v3 loader builds its rows."""
    hw = hardware_spec(row["gpu"])
    precision = canonical_precision(row["precision"])
    total, active = sizes_b(row["model"])
    return Workload(
        params_b=total,
        active_params_b=active,
        prompt_tokens=float(row["prompt_tokens"]),
        output_tokens=float(row["output_tokens"]),
        devices=float(row["devices"]),
        batch_size=float(row["concurrency"]),
        bytes_per_param=bytes_per_param(precision),
        mem_bw_gbps=hw.mem_bw_gbps,
        peak_tflops=peak_tflops(hw, precision),
        tdp_w=hw.tdp_w,
        layers=_layers(row["model"]),
        kv_scale=_kv_scale(row["model"]),
        fp8_weights=1.0 if precision == "fp8" else 0.0,
        quant_weights=1.0 if precision in QUANTISED else 0.0,
        **_shape(row["model"]),
    )


def fit_row(row: dict[str, str]) -> bool:
    """A row the 2025 stack's fit reads: used, one concurrent request, a CUDA-graph stack, an NVIDIA GPU."""
    if row["use"] != "1" or row["concurrency"] != "1" or row["stack"] not in FIT_STACKS or not row["gpu"]:
        return False
    return hardware_spec(row["gpu"]).vendor == "nvidia"


def load_batch1(path: Path) -> Batch1:
    """The fit rows of ``path`` as arrays."""
    rows = [r for r in read_rows(path) if fit_row(r)]
    loads = [row_workload(r) for r in rows]
    columns = {f.name: np.asarray([float(getattr(w, f.name)) for w in loads]) for f in fields(Workload)}
    return Batch1(
        workload=Workload(**columns),
        tpot_s=np.asarray([float(r["value_ms"]) / 1000.0 for r in rows]),
        model=np.asarray([model_key(r["model"]) for r in rows]),
        gpu=np.asarray([r["gpu"] for r in rows]),
        stack=np.asarray([r["stack"] for r in rows]),
    )


def subset_batch1(b: Batch1, mask: np.ndarray) -> Batch1:
    """The rows of ``b`` selected by ``mask``."""
    columns = {f.name: getattr(b.workload, f.name)[mask] for f in fields(Workload)}
    return Batch1(Workload(**columns), b.tpot_s[mask], b.model[mask], b.gpu[mask], b.stack[mask])
