"""Check that configured region, hardware and model names exist in the catalogs (suggesting close names).

Each check raises ``ValueError`` with what was expected; the schema validator adds file, line and key. The catalog
modules are imported on first use, so loading a configuration stays cheap when these keys are absent.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Iterable
from typing import Any


def _catalog(module: str) -> Any:
    return importlib.import_module(f"rice_core.catalog.{module}")


def _closest(name: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(candidates), n=3, cutoff=0.5)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def check_region(name: str) -> None:
    """A grid zone id, a country code or a cloud region known to ``rice_core.catalog.grid``."""
    grid = _catalog("grid")
    if grid.lookup_grid(name) is None:
        ids = [zone.id for zone in grid.all_grids()]
        raise ValueError(
            f"unknown region {name!r}: expected a grid zone, country code or cloud region"
            f" from `rice regions`{_closest(name, ids)}"
        )


def check_hardware(name: str) -> None:
    """An accelerator id or alias known to ``rice_core.catalog.hardware``."""
    hardware = _catalog("hardware")
    if hardware.lookup_hardware(name) is None:
        ids = [spec.id for spec in hardware.all_hardware()]
        raise ValueError(f"unknown hardware {name!r}: expected one of `rice hardware`{_closest(name, ids)}")


def check_model(name: str) -> None:
    """A model id or alias known to ``rice_core.catalog.models``."""
    models = _catalog("models")
    if models.lookup_model(name) is None:
        suggestions = list(models.suggest_models(name, n=3))
        hint = f" (did you mean {', '.join(repr(s) for s in suggestions)}?)" if suggestions else ""
        raise ValueError(f"unknown model {name!r}: expected a model from `rice models`{hint}")
