"""A (low, high) range carried through every formula, so a budget can test the high end."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Range:
    """Closed interval of a non-negative quantity; ``low <= high`` always holds."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"Range low {self.low} > high {self.high}")

    def scale(self, factor: float) -> Range:
        """Multiply both ends by a non-negative factor."""
        return Range(self.low * factor, self.high * factor)

    def times(self, other: Range) -> Range:
        """Product of two non-negative ranges."""
        return Range(self.low * other.low, self.high * other.high)

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def as_tuple(self) -> tuple[float, float]:
        return (self.low, self.high)
