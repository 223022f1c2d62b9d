"""What one ``rice check`` produced: the projection plus the context every output format shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from rice_core.budget.projection import CallProjection, Projection
from rice_core.config import RiceConfig
from rice_core.problems import Problem


@dataclass(frozen=True)
class StagedDelta:
    """What the staged change adds (positive) or removes against HEAD, per budget period."""

    head_kg: float  # compared total at HEAD
    staged_kg: float  # compared total of the staged state
    changed_files: tuple[str, ...]  # files whose staged text differs from HEAD
    calls_added: int = 0
    calls_removed: int = 0

    @property
    def delta_kg(self) -> float:
        return self.staged_kg - self.head_kg

    @property
    def delta_share(self) -> float | None:
        """Relative change against HEAD; None when HEAD had nothing to compare with."""
        return self.delta_kg / self.head_kg if self.head_kg else None


@dataclass(frozen=True, kw_only=True)
class CheckResult:
    root: str  # what was checked, as given on the command line
    config: RiceConfig
    projection: Projection
    files_scanned: int = 0
    scan_problems: tuple[Problem, ...] = ()
    delta: StagedDelta | None = None
    elapsed_s: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    prefix: str = ""  # the check root relative to the current directory ("" when the same)
    blocking: tuple[Problem, ...] = ()  # files whose calls could not be counted: the gate fails (unscanned.py)

    @property
    def failed(self) -> bool:
        """Over budget, a call over the per-call ceiling, or a file that may call an LLM could not be scanned."""
        return self.projection.failed or bool(self.blocking)

    @property
    def exit_code(self) -> int:
        """0 within budget, 1 when the gate fails (see ``failed``)."""
        return 1 if self.failed else 0

    @property
    def all_problems(self) -> tuple[Problem, ...]:
        return self.scan_problems + self.projection.problems


def describe_volume(call: CallProjection) -> str:
    """``50k/day (app/chat/**)`` for an override, ``1k/day (default)``, ``5k/day (annotation)``."""
    from rice_core.config.volume import format_volume

    choice = call.volume
    origin = choice.rule if choice.source == "override" else choice.source
    return f"{format_volume(choice.volume)} ({origin})"
