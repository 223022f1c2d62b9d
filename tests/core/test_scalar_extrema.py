"""physics/timing.py ``maximum``/``minimum``: numpy's value for every pair of floats (NaN, infinities, signed zeros,
ties), Python floats for the scalar engine, numpy's arrays for the batch engine."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rice_core.physics.timing import maximum, minimum

VALUES = (0.0, -0.0, 1.0, -2.5, 3e-300, 1e308, math.inf, -math.inf, math.nan, 0.1 + 0.2, 0.3)


def same(x: float, y: float) -> bool:
    """Equal values, bit for bit (NaN equals NaN; +0.0 and -0.0 differ)."""
    return np.array(x, dtype=float).tobytes() == np.array(y, dtype=float).tobytes()


@pytest.mark.parametrize(("ours", "theirs"), [(maximum, np.maximum), (minimum, np.minimum)])
def test_scalar_extrema_equal_numpy_bit_for_bit(ours: object, theirs: object) -> None:
    for a in VALUES:
        for b in VALUES:
            got = ours(a, b)  # type: ignore[operator]
            assert type(got) is float
            assert same(got, float(theirs(a, b))), (a, b)  # type: ignore[operator]


def test_arrays_and_numpy_scalars_go_through_numpy() -> None:
    a, b = np.array([1.0, math.nan, 3.0]), np.array([2.0, 0.0, -1.0])
    assert np.array_equal(maximum(a, b), np.maximum(a, b), equal_nan=True)
    assert np.array_equal(minimum(a, b), np.minimum(a, b), equal_nan=True)
    assert isinstance(maximum(np.float64(1.0), 2.0), np.floating)
