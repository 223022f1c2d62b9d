"""The estimator: ``estimate()`` / ``estimate_many()`` (``api``), input resolution argument > provider profile >
default (``inputs``), the sources each input cites (``sources``) and range checks on inputs (``checks``)."""

from __future__ import annotations

from rice_core.estimator.api import REQUEST_KEYS, co2e_g, estimate, estimate_many

__all__ = ["REQUEST_KEYS", "co2e_g", "estimate", "estimate_many"]
