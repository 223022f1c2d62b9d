"""The workspace total: every LLM call of a folder, projected at the configured volume, against the budget.

Runs in a worker thread (scan → price → project, the same pipeline as ``rice check``); the server reports
``$/progress`` while it runs and sends the result as the custom notification ``rice/workspaceTotal``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rice_core.config import RiceConfig

log = logging.getLogger(__name__)
NOTIFICATION = "rice/workspaceTotal"


@dataclass(frozen=True)
class FolderTotal:
    root: Path
    total_co2e_kg: float  # what the gate compares: central, or the high end (budget.compare)
    period: str
    budget_co2e_kg: float | None
    calls: int
    files: int
    config_path: str | None
    budget_line: int | None  # line of budget.co2e_kg in the config file
    water_l: float = 0.0  # what the water cap compares (issue 13): central, or the high end (budget.compare)
    water_budget_l: float | None = None  # budget.water_l
    water_line: int | None = None  # line of budget.water_l in the config file

    @property
    def over_budget(self) -> bool:
        return self.budget_co2e_kg is not None and self.total_co2e_kg > self.budget_co2e_kg

    @property
    def over_water(self) -> bool:
        return self.water_budget_l is not None and self.water_l > self.water_budget_l


def folder_total(root: Path, config: RiceConfig, progress: Callable[..., Any] | None = None) -> FolderTotal:
    """Scan one folder (tracked files, .gitignore respected) and total its projected CO₂e."""
    from rice_core.budget.projection import project
    from rice_core.scan import scan_paths
    from rice_core.scan.pricing import price_calls

    # one worker: the background scan must not take both cores from the editor; the scanner's cache makes reruns cheap
    result = scan_paths([str(root)], root=str(root), config=config, progress=progress, workers=1)
    calls = [c for c in result.calls if not c.ignored]
    priced: list[Any] = price_calls(calls, config)
    projection = project(priced, config)
    return FolderTotal(
        root=root,
        total_co2e_kg=projection.compared_total_kg,
        period=projection.period,
        budget_co2e_kg=projection.budget_kg,
        calls=len(projection.calls),
        files=int(result.files_scanned),
        config_path=config.source_path,
        budget_line=config.key_lines.get("budget.co2e_kg"),
        water_l=projection.compared_water_l,
        water_budget_l=projection.water_budget_l,
        water_line=config.key_lines.get("budget.water_l"),
    )


def combine(totals: Sequence[FolderTotal]) -> dict[str, Any]:
    """The ``rice/workspaceTotal`` payload: sums over folders (budgets add up too), and each folder.

    Every number in it is finite: a non-finite figure becomes ``null`` (JSON has no ``Infinity``; a client's
    parser would reject the whole message) and is logged."""
    payload = _payload(totals)
    if not all_finite(payload):
        log.warning("workspace total has non-finite figures; sent as null: %r", payload)
    return _finite(payload)


def all_finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(all_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(all_finite(v) for v in value)
    return True


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _payload(totals: Sequence[FolderTotal]) -> dict[str, Any]:
    budgets = [t.budget_co2e_kg for t in totals if t.budget_co2e_kg is not None]
    total = sum(t.total_co2e_kg for t in totals)
    budget = sum(budgets) if budgets else None
    return {
        "total_co2e_kg": total,
        "period": totals[0].period if totals else "month",
        "budget_co2e_kg": budget,
        "share": total / budget if budget else None,
        "calls": sum(t.calls for t in totals),
        "files": sum(t.files for t in totals),
        "folders": [_folder_payload(t) for t in totals],
    }


def _folder_payload(total: FolderTotal) -> dict[str, Any]:
    payload = asdict(total)
    payload["root"] = total.root.as_uri()
    payload["over_budget"] = total.over_budget
    return payload
