"""Suite-wide: Hypothesis draws fixed examples, and R-ICE's per-user cache folder (scan caches, paper fit, crash logs) points at one temporary folder
for the whole run, so tests never read or leave caches in the developer's home (subprocesses inherit it)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run (a test suite must not pass or fail by chance); set
# RICE_FUZZ_EXPLORE=1 to let Hypothesis search fresh examples when hunting for bugs.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile("explore" if os.environ.get("RICE_FUZZ_EXPLORE") else "deterministic")


@pytest.fixture(autouse=True, scope="session")
def private_rice_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get("RICE_CACHE_DIR")
    if previous is None:
        os.environ["RICE_CACHE_DIR"] = str(tmp_path_factory.mktemp("rice-user-cache"))
    yield
    if previous is None:
        os.environ.pop("RICE_CACHE_DIR", None)
