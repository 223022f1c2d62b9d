"""A request for a version already analysed reuses that analysis without re-reading the configuration or the read
root; a new version or an invalidation (what ``refresh_all`` does on a settings or rice.yaml change) reads them again.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import pytest

from rice_lsp import session as session_module
from rice_lsp.session import Session


async def test_a_cached_version_skips_the_configuration_and_read_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session()
    uri = (tmp_path / "app.py").as_uri()
    doc = SimpleNamespace(uri=uri, version=1, source="x = 1\n", language_id="python")
    ls: Any = SimpleNamespace(workspace=SimpleNamespace(text_documents={unquote(uri): doc}))
    configs: list[object] = []
    roots: list[object] = []
    config_for, read_root = session.configs.config_for, session_module.read_root
    monkeypatch.setattr(session.configs, "config_for", lambda path: configs.append(path) or config_for(path))
    monkeypatch.setattr(session_module, "read_root", lambda *args: roots.append(args) or read_root(*args))
    try:
        first = await session.analysis(ls, uri)
        again = await session.analysis(ls, uri)
        assert first is not None and again is not None and again[1] is first[1]
        assert len(configs) == len(roots) == 1
        session.cache.invalidate()
        await session.analysis(ls, uri)
        assert len(configs) == len(roots) == 2
        doc.version = 2
        await session.analysis(ls, uri)
        assert len(configs) == len(roots) == 3
    finally:
        session.close()
