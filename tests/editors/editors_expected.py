"""What the server should show for the sample workspace, computed in-process from the same core estimate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rice_core.config.load import load_config
from rice_lsp.analysis import CallFigures, analyse_text
from rice_lsp.code_lens import lens_title
from rice_lsp.inlay_hints import hint_label
from rice_lsp.settings import Settings


@dataclass(frozen=True)
class ExpectedCall:
    line0: int  # 0-based line of the call's first line
    hint: str  # the inlay hint label
    lens: str | None  # the code lens title
    model: str
    energy_wh: float
    co2e_g: float
    prompt_tokens: int
    output_tokens: int


def expected_calls(workspace: Path, name: str = "app.py") -> list[ExpectedCall]:
    """The calls of ``workspace/name`` (app.py, route.ts, triage.prompt) with the labels the server derives from the
    core's estimate."""
    path = workspace / name
    analysis = analyse_text(
        path.read_text(encoding="utf-8"), str(path), load_config(workspace), Settings().max_file_bytes
    )
    return [_expected(figures) for figures in analysis.calls]


def _expected(figures: CallFigures) -> ExpectedCall:
    estimate = figures.estimate
    assert estimate is not None, f"the sample call on line {figures.call.span.line} was not priced"
    return ExpectedCall(
        figures.call.span.line - 1,
        hint_label(figures),
        lens_title(figures),
        estimate.model or "",
        estimate.energy_wh,
        estimate.co2e_g,
        estimate.prompt_tokens,
        estimate.output_tokens,
    )


def figures_in_hint(label: str) -> tuple[float, float]:
    """(energy in Wh, CO₂e in g) parsed back from a hint such as ``≈ 1.2k→300 tok · 0.42 Wh · 0.16 gCO₂e``."""
    _tokens, energy, co2e = (part.strip() for part in label.split("·"))
    return _with_unit(energy, {"mWh": 1e-3, "Wh": 1.0, "kWh": 1e3}), _with_unit(
        co2e, {"mgCO₂e": 1e-3, "gCO₂e": 1.0, "kgCO₂e": 1e3}
    )


def _with_unit(text: str, units: dict[str, float]) -> float:
    number, unit = text.split()
    return float(number) * units[unit]
