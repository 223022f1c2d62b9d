"""The configuration a commit carries, and what the commit does to the budget.

The staged configuration is looked up in the **index** and HEAD's in the **HEAD tree**, with the same search as
``find_config_file`` (``rice.yaml``, ``.rice.yaml``, ``[tool.rice]`` in pyproject.toml, from the check root up to
the repository top), so ``git rm rice.yaml`` or ``git rm --cached rice.yaml`` is seen even though a working-tree
file may remain. A commit that removes the budget is gated against HEAD's budget for that commit and says so; a
commit that loosens it (a higher ``co2e_kg`` per hour, a higher per-call ceiling, ``compare: high`` → ``central``)
is gated against the new budget and says so loudly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from rice_core.config import PERIOD_HOURS, Budget, RiceConfig
from rice_core.config.load import CONFIG_NAMES, has_tool_rice, parse_config_text, parse_pyproject_text


@dataclass(frozen=True)
class FoundConfig:
    rel: str  # path relative to the repository top
    text: str


def candidate_paths(start_rel: str) -> list[str]:
    """Config file candidates from ``start_rel`` (a folder relative to the top, "" = the top) up to the top."""
    folder = PurePosixPath(start_rel) if start_rel not in ("", ".") else PurePosixPath("")
    folders = [folder, *folder.parents] if str(folder) not in ("", ".") else [PurePosixPath("")]
    out = []
    for f in folders:
        prefix = "" if str(f) in ("", ".") else f"{f}/"
        out += [f"{prefix}{name}" for name in (*CONFIG_NAMES, "pyproject.toml")]
    return out


def find_in_tree(candidates: list[str], read: Callable[[str], str | None]) -> FoundConfig | None:
    """The first candidate present in a tree (``read`` gives its text or None); pyproject.toml needs [tool.rice]."""
    for rel in candidates:
        text = read(rel)
        if text is None or (rel.endswith("pyproject.toml") and not has_tool_rice(text)):
            continue
        return FoundConfig(rel, text)
    return None


def parse_found(found: FoundConfig, shown: str) -> RiceConfig:
    """Validate a found config (``shown`` is the name messages use, e.g. ``rice.yaml`` or ``HEAD:rice.yaml``)."""
    if found.rel.endswith(".toml"):
        return parse_pyproject_text(found.text, shown)
    return parse_config_text(found.text, shown)


@dataclass(frozen=True)
class BudgetChange:
    removed: bool  # HEAD had a budget (or a per-call ceiling) that the staged configuration drops
    notes: tuple[str, ...]  # one line per removal or loosening, for the report and stderr


def _per_hour(budget: Budget) -> float | None:
    return None if budget.co2e_kg is None else budget.co2e_kg / PERIOD_HOURS[budget.period]


def budget_change(head: Budget, staged: Budget) -> BudgetChange:
    """How the staged budget differs from HEAD's, in the direction that lets more through."""
    notes: list[str] = []
    removed = False
    if head.co2e_kg is not None and staged.co2e_kg is None:
        removed = True
        notes.append(
            f"this commit REMOVES the budget (HEAD: {head.co2e_kg:g} kg CO2e/{head.period}); "
            "this commit is checked against HEAD's budget"
        )
    elif (_per_hour(staged) or 0.0) > (_per_hour(head) or float("inf")):
        notes.append(
            f"this commit RAISES the budget from {head.co2e_kg:g} kg/{head.period} to {staged.co2e_kg:g} kg/{staged.period}"
        )
    if head.per_call_co2e_g is not None and staged.per_call_co2e_g is None:
        removed = True
        notes.append(
            f"this commit REMOVES the per-call ceiling (HEAD: {head.per_call_co2e_g:g} g); HEAD's ceiling applies"
        )
    elif head.per_call_co2e_g is not None and (staged.per_call_co2e_g or 0.0) > head.per_call_co2e_g:
        notes.append(
            f"this commit RAISES the per-call ceiling from {head.per_call_co2e_g:g} g to {staged.per_call_co2e_g:g} g"
        )
    if head.compare == "high" and staged.compare == "central" and staged.co2e_kg is not None:
        notes.append("this commit LOOSENS the comparison from the high end to the central estimate")
    return BudgetChange(removed, tuple(notes))


def scope_notes(head: RiceConfig, staged: RiceConfig) -> tuple[str, ...]:
    """Other changes that let more through without touching the budget: new exclusions, a lower default volume."""
    notes = []
    added = [g for g in staged.scan.exclude if g not in head.scan.exclude]
    if added:
        notes.append(f"this commit EXCLUDES more files from the scan: {', '.join(added)}")
    before, after = head.volume.default, staged.volume.default
    if after.per_period("hour") < before.per_period("hour"):
        notes.append(f"this commit LOWERS the default request volume from {before} to {after}")
    return tuple(notes)


def gate_config(staged: RiceConfig, head: RiceConfig, change: BudgetChange) -> RiceConfig:
    """The configuration the gate uses: the staged one, with HEAD's budget parts where the commit removes them."""
    if not change.removed:
        return staged
    budget = staged.budget
    if budget.co2e_kg is None and head.budget.co2e_kg is not None:
        budget = dataclasses.replace(
            budget, co2e_kg=head.budget.co2e_kg, period=head.budget.period, compare=head.budget.compare
        )
    if budget.per_call_co2e_g is None and head.budget.per_call_co2e_g is not None:
        budget = dataclasses.replace(budget, per_call_co2e_g=head.budget.per_call_co2e_g)
    return dataclasses.replace(staged, budget=budget)
