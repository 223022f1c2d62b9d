"""Suite-wide: R-ICE's per-user cache folder (scan caches, paper fit, crash logs) points at one temporary folder
for the whole run, so tests never read or leave caches in the developer's home (subprocesses inherit it)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_rice_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get("RICE_CACHE_DIR")
    if previous is None:
        os.environ["RICE_CACHE_DIR"] = str(tmp_path_factory.mktemp("rice-user-cache"))
    yield
    if previous is None:
        os.environ.pop("RICE_CACHE_DIR", None)
