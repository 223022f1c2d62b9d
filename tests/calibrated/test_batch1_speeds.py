"""Issue 10: public batch-1 speeds of 2025 serving stacks (benchmarks/serving_batch1) and their place in the fit.

The rows are facts with a source each; the 2025 stack's fit reads the vLLM/SGLang rows on NVIDIA GPUs as time per
output token at one concurrent request, held out by model together with the model's v3 rows. The v3 rows are read
from ``../shared/data/ml-energy-v3`` as in ``test_v3_targets.py``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from rice_core.fit.batch1_speeds import (
    FIT_STACKS,
    default_batch1_path,
    fit_row,
    load_batch1,
    model_key,
    read_rows,
    row_workload,
)
from rice_core.fit.hardware import hardware_spec
from rice_core.fit.mlenergy_v3 import V3_FILE, load_v3
from rice_core.fit.stack_objective import batch1_leave_one_model_out, batch1_weight

ROOT = Path(__file__).resolve().parents[2]
V3 = ROOT.parent / "shared" / "data" / "ml-energy-v3"


@pytest.fixture(scope="module")
def path() -> Path:
    found = default_batch1_path()
    assert found is not None and found == ROOT / "benchmarks" / "serving_batch1" / "speeds.csv"
    return found


def test_every_row_is_sourced_quoted_and_priced_on_catalog_hardware(path: Path) -> None:
    rows = read_rows(path)
    assert len(rows) >= 25 and sum(r["concurrency"] == "1" for r in rows) >= 25
    for r in rows:
        assert r["source"] and r["note"] and float(r["value_ms"]) > 0 and r["use"] in ("0", "1"), r
        if r["use"] == "1":
            assert hardware_spec(r["gpu"]) is not None and row_workload(r).params_b > 0, r
    used = [r for r in rows if r["use"] == "1"]
    assert len({model_key(r["model"]) for r in used}) >= 4 and len({r["gpu"] for r in used}) >= 2


def test_the_fit_reads_only_single_streams_of_the_cuda_graph_stacks_on_nvidia(path: Path) -> None:
    rows = read_rows(path)
    fitted = [r for r in rows if fit_row(r)]
    assert fitted and all(
        r["stack"] in FIT_STACKS
        and r["concurrency"] == "1"
        and r["use"] == "1"
        and hardware_spec(r["gpu"]).vendor == "nvidia"
        for r in fitted
    )
    assert any(r["gpu"] == "mi300x" and r["use"] == "1" for r in rows)  # priced by check.py, not fitted
    b1 = load_batch1(path)
    assert len(b1.tpot_s) == len(fitted) and set(b1.stack) <= set(FIT_STACKS)
    assert np.all(np.asarray(b1.workload.batch_size) == 1.0)


def test_a_row_becomes_the_workload_by_hand(path: Path) -> None:
    row = next(r for r in read_rows(path) if r["model"] == "Qwen/Qwen3-8B" and r["concurrency"] == "1")
    w = row_workload(row)
    assert (w.params_b, w.active_params_b, w.layers, w.bytes_per_param) == (8.2, 8.2, 36.0, 2.0)
    assert (w.devices, w.batch_size, w.prompt_tokens, w.output_tokens) == (1.0, 1.0, 232.6, 220.6)
    assert (w.mem_bw_gbps, w.fp8_weights) == (3350.0, 0.0)
    assert model_key("deepseek-ai/DeepSeek-R1-0528") == model_key("deepseek-ai/DeepSeek-R1") == "deepseek-r1"


def test_shipped_file_records_the_batch1_data_weight_and_held_out_error() -> None:
    text = resources.files("rice_core.data.coefficients").joinpath("vllm-2025.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    assert "--batch1 benchmarks/serving_batch1/speeds.csv" in doc["command"]
    assert "serving-batch1" in doc["data"] and doc["notes"]["batch1"]
    held = doc["residuals"]["batch1"]
    assert held["rows"] >= 12 and held["total_weight"] == 1.0
    assert held["tpot"]["mape"] <= 0.21 and abs(held["tpot"]["bias"]) <= 0.10  # measured 19.2 %, +3.4 %


def test_batch1_rows_held_out_by_model_with_their_v3_rows(path: Path) -> None:
    assert (V3 / V3_FILE).is_file(), f"{V3 / V3_FILE} is missing: the v3 check needs shared/ beside the repository"
    v, b1 = load_v3(V3), load_batch1(path)
    assert batch1_weight(v, b1) == pytest.approx(len(v.tpot_s) / len(b1.tpot_s))
    err = batch1_leave_one_model_out(v, b1) / b1.tpot_s - 1.0
    assert np.mean(np.abs(err)) <= 0.21 and abs(np.mean(err)) <= 0.10  # measured 19.2 %, +3.4 % (v3 alone: +45 %)
