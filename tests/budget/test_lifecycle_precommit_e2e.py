"""End to end with the real ``pre-commit``: ``budget.scope: life-cycle`` and ``budget.water_l`` gate a commit
that the operational budget lets through, and the failure names what failed (issue 13)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .test_precommit_e2e import commit, consumer, run  # noqa: F401  (consumer is a fixture)

pytestmark = pytest.mark.timeout(900)


def _figures(repo: Path, env: dict[str, str]) -> dict:
    done = run(repo, env, sys.executable, "-m", "rice_core", "check", "--format", "json", check=False)
    return json.loads(done.stdout)


def _stage_config(repo: Path, env: dict[str, str], budget: str) -> None:
    (repo / "rice.yaml").write_text(f"volume:\n  default: 1000/day\nbudget:\n  period: month\n{budget}")
    run(repo, env, "git", "add", "rice.yaml")


def test_life_cycle_scope_and_water_cap_gate_the_commit(consumer: Path, git_env: dict[str, str]):  # noqa: F811
    figures = _figures(consumer, git_env)
    operational, embodied, water = figures["operational_kg"], figures["embodied_kg"], figures["water_l"]
    assert embodied > 0 and water > 0
    between = operational + embodied / 2  # above the operational total, below the life-cycle one

    _stage_config(consumer, git_env, f"  co2e_kg: {between}\n  scope: operational\n")
    done = commit(consumer, git_env, "operational budget")
    assert done.returncode == 0, done.stdout

    _stage_config(consumer, git_env, f"  co2e_kg: {between}\n  scope: life-cycle\n")
    done = commit(consumer, git_env, "life-cycle budget")
    assert done.returncode == 1 and "(central, life-cycle)" in done.stdout, done.stdout
    assert "✗ Over the life-cycle budget by" in done.stdout

    _stage_config(consumer, git_env, f"  co2e_kg: {between}\n  water_l: {water / 2}\n")
    done = commit(consumer, git_env, "water cap")
    assert done.returncode == 1 and "✗ OVER THE WATER CAP" in done.stdout, done.stdout
    assert "✗ Over the water cap by" in done.stdout and "(rice.yaml:6)" in done.stdout

    _stage_config(consumer, git_env, f"  co2e_kg: {between}\n  water_l: {water * 2}\n")
    assert commit(consumer, git_env, "water within the cap").returncode == 0
