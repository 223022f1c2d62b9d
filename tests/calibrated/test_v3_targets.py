"""Issue 10 on ML.ENERGY v3 (2025 vLLM, H100 + B200), every row predicted by a fit that never saw its model.

The v3 rows are not shipped (the release states no licence): they are read from ``../shared/data/ml-energy-v3``
beside the repository root, where the team's and CI's copy of ``shared/`` sits. A missing copy fails here.
The bounds are the measured held-out figures with a small margin: a regression fails, and the figures themselves
(energy MAPE 16.5 % against the 20 % target) are in docs/validation.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from rice_core.fit.batch1_speeds import default_batch1_path, load_batch1
from rice_core.fit.mlenergy_v3 import V3_FILE, load_v3
from rice_core.fit.stack_objective import fit_stack
from rice_core.validate.v3_eval import V3Scores, as_shipped, evaluate_v3, groups, shipped_by_model_set

ROOT = Path(__file__).resolve().parents[2]
V3 = ROOT.parent / "shared" / "data" / "ml-energy-v3"


@pytest.fixture(scope="module")
def folder() -> Path:
    assert (V3 / V3_FILE).is_file(), f"{V3 / V3_FILE} is missing: the v3 check needs shared/ beside the repository"
    return V3


@pytest.fixture(scope="module")
def scores(folder: Path) -> dict[str, V3Scores]:
    return {s.label: s for s in groups(evaluate_v3(folder))}


def test_held_out_energy_error_and_bias(scores: dict[str, V3Scores]) -> None:
    overall = scores["all"]
    assert overall.n == 306
    assert overall.energy_mape <= 0.175  # measured 16.5 %; target 20 %
    assert abs(overall.energy_bias) <= 0.10  # measured +2.1 %


def test_held_out_time_per_output_token(scores: dict[str, V3Scores]) -> None:
    # measured 22.8 % (fit on v3 + batch-1 rows; 21.3 % on v3 alone); target 25 %
    assert scores["all"].tpot_mape <= 0.235


def test_held_out_range_coverage_and_width(scores: dict[str, V3Scores]) -> None:
    assert scores["all"].coverage >= 0.80  # measured 81.7 %
    assert scores["all"].band_width <= 1.9  # median high/low 1.7 (bands per GPU generation)
    assert all(scores[g].coverage >= 0.80 for g in ("h100-sxm", "b200"))  # 81.4 %, 82.0 %


def test_each_gpu_holds_the_bias_target(scores: dict[str, V3Scores]) -> None:
    assert all(abs(scores[g].energy_bias) <= 0.10 and scores[g].energy_mape <= 0.25 for g in ("h100-sxm", "b200"))


def test_the_2024_coefficients_are_what_the_refit_fixed(folder: Path) -> None:
    old = as_shipped(load_v3(folder), "vllm-2024")
    assert old.energy_mape > 0.5 and old.tpot_mape > 2.0  # 70 % and 305 %: the 2024 stack is 3-4x slower


def test_shipped_2025_coefficients_reproduce_from_the_data(folder: Path) -> None:
    text = resources.files("rice_core.data.coefficients").joinpath("vllm-2025.json").read_text(encoding="utf-8")
    shipped = json.loads(text)["coefficients"]
    batch1 = default_batch1_path()
    assert batch1 is not None, "benchmarks/serving_batch1/speeds.csv is part of the repository"
    refit = fit_stack(load_v3(folder), 1e-12, load_batch1(batch1)).to_dict()
    assert all(refit[k] == pytest.approx(v, rel=0.02, abs=1e-6) for k, v in shipped.items()), (refit, shipped)


def test_rice_validate_prints_the_v3_table(folder: Path) -> None:
    args = [sys.executable, "-m", "rice_core.validate.v3_table", "--no-beside", str(folder)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, env={"COLUMNS": "100", "PATH": ""})
    assert "ML.ENERGY v3, stack vllm-2025, leave-one-model-out" in proc.stdout, proc.stderr
    assert (
        "│ all " in proc.stdout
        and "│ B200 " in proc.stdout
        and "2024, no refit" in proc.stdout
        and "2025, fit models" in proc.stdout
        and "│ held out, no catalog shape " in proc.stdout  # the held-out model known only by its sizes
    )
    assert "Targets: energy MAPE ≤ 20% met, |bias| ≤ 10% met, TPOT MAPE ≤ 25% met, coverage ≥ 80% met" in (
        " ".join(proc.stdout.split())  # however the console wraps the caption
    )
    assert proc.returncode == 0  # every target is met


def test_rice_validate_without_the_data_says_where_to_put_it(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "rice_core", "validate", "--data", "ml-energy-v3", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0 and "ml_energy_v3_part.csv" in proc.stdout + proc.stderr


def test_rows_of_unseen_models_are_scored_apart_and_unusable_rows_skipped(folder: Path, tmp_path: Path) -> None:
    """A file with another model's rows (here: Qwen3-8B's rows under a new name) gets its own row, as the
    release's other models would; a row without a measurement is skipped, not fatal."""
    import csv

    with (folder / V3_FILE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    renamed = [{**r, "model_id": "Qwen/Qwen3-8B-Renamed"} for r in rows if r["model_id"] == "Qwen/Qwen3-8B"]
    broken = {**rows[0], "median_itl_ms": ""}
    with (tmp_path / V3_FILE).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows([*rows, *renamed, broken])
    v = load_v3(tmp_path)
    assert v.skipped == 1 and len(v.rows.model) == len(rows) + len(renamed)
    parts = {s.label: s for s in shipped_by_model_set(v)}
    assert parts["2025, unseen models"].n == len(renamed) and parts["2025, fit models"].n == len(rows)
