"""The transformers fit separates the host from the physics (issue 10): machines whose Python launches kernels at
different speeds, each measuring 16-bit, int4 and int8 rows, give back the formats' launch factors and a shared floor
at the machines' geometric mean, whatever the spread between machines."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from rice_core.fit.local_speeds import HOST_RIDGE, fit_hosts, predicted_seconds, rows_speeds
from rice_core.physics.stacks import stack_coefficients

COLUMNS = ("stack", "gpu", "model", "params_b", "layers", "kv_scale", "precision", "prompt_tokens", "output_tokens")
MACHINES = {"desk": 0.5, "cloud": 1.0, "old": 2.0}  # each machine's floor as a multiple of the shared one
TRUE = {"launch_s_per_layer": 8e-4, "int4_launch_factor": 1.4, "int8_launch_factor": 3.2}


def _rows(tmp_path: Path) -> list[dict[str, str]]:
    """A 3B model (36 layers) on an H100 per machine and format: launch-bound, the roofline far below the floor."""
    rows = [
        {
            **dict.fromkeys(COLUMNS, ""),
            "stack": "hf-transformers",
            "gpu": "h100-sxm",
            "model": "m",
            "params_b": "3.0",
            "layers": "36",
            "kv_scale": "0.25",
            "precision": p,
            "prompt_tokens": "64",
            "output_tokens": "64",
            "metric": "decode_tok_s",
            "value": "1.0",
            "source": f"{machine}@x",
        }
        for machine in MACHINES
        for p in ("bf16", "int4", "int8")
    ]
    path = tmp_path / "speeds.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def test_fit_recovers_the_format_factors_and_the_typical_floor_from_machines_of_any_speed(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    base = stack_coefficients("megatron-2022")
    truth = replace(base, **TRUE)
    s = rows_speeds(rows, tmp_path / "speeds.csv")
    per_machine = np.array([MACHINES[r["source"].split("@")[0]] for r in rows])
    measured = [  # the physics with each machine's own floor: what those machines would have measured
        float(predicted_seconds(rows_speeds([r], tmp_path / "speeds.csv"), replace(truth, launch_s_per_layer=f))[0])
        for r, f in zip(rows, TRUE["launch_s_per_layer"] * per_machine, strict=True)
    ]
    s = replace(s, measured_s=np.array(measured))
    c, hosts = fit_hosts(s, base, "hf-transformers")
    assert c.int4_launch_factor == pytest.approx(1.4, rel=1e-3)
    assert c.int8_launch_factor == pytest.approx(3.2, rel=1e-3)
    assert c.launch_s_per_layer == pytest.approx(8e-4, rel=1e-3)  # geometric mean of 0.5, 1, 2 is 1
    # the ridge shrinks each machine's log offset by n / (n + ridge^2), n its rows: 3 / 3.09 here
    shrink = 3 / (3 + HOST_RIDGE["hf-transformers"] ** 2)
    assert hosts == pytest.approx({f"{m} | h100-sxm": v**shrink for m, v in MACHINES.items()}, rel=1e-3)


def test_other_local_stacks_fit_no_machine_terms(tmp_path: Path) -> None:
    rows = [{**r, "stack": "llama.cpp"} for r in _rows(tmp_path)]
    s = rows_speeds(rows, tmp_path / "speeds.csv")
    _, hosts = fit_hosts(s, stack_coefficients("vllm-2025"), "llama.cpp")
    assert hosts == {}
