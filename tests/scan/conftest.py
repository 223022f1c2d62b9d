from __future__ import annotations

import textwrap

import pytest

from rice_core.scan import CallSite, scan_source

collect_ignore_glob = ["corpus/*", "corpus/**/*"]  # fixture files are data, never tests


def scan(code: str, path: str = "app.py", **kwargs: object) -> list[CallSite]:
    return scan_source(textwrap.dedent(code), path, **kwargs)  # type: ignore[arg-type]


def only(code: str, **kwargs: object) -> CallSite:
    calls = scan(code, **kwargs)
    assert len(calls) == 1, calls
    return calls[0]


@pytest.fixture
def codes():
    return lambda call: [w.code for w in call.warnings]
