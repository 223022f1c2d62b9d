"""R-ICE core: regression-based inference carbon & energy estimation. Heavy libraries are imported lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["estimate", "estimate_many", "Estimate", "Range", "UnknownModel", "__version__"]

if TYPE_CHECKING:
    from rice_core.estimator import estimate, estimate_many
    from rice_core.ranges import Range
    from rice_core.result import Estimate, UnknownModel


def __getattr__(name: str) -> Any:
    if name in ("estimate", "estimate_many"):
        from rice_core import estimator as _mod

        return getattr(_mod, name)
    if name in ("Estimate", "UnknownModel"):
        from rice_core import result

        return getattr(result, name)
    if name == "Range":
        from rice_core.ranges import Range

        return Range
    raise AttributeError(name)
