"""Fixtures for the JS/TS scanner tests."""

from __future__ import annotations

import pytest

from rice_core.config import Defaults, RiceConfig


@pytest.fixture
def config_placeholder_10() -> RiceConfig:
    return RiceConfig(defaults=Defaults(placeholder_tokens=10, output_tokens=123, model="gpt-4o"))
