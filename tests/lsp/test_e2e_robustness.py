"""End to end: 200 rapid changes, half-typed code, a 6 MB document, closed documents — the server keeps answering."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from lsprotocol import types as T
from pytest_lsp import LanguageClient

from .conftest import (
    APP_PY,
    change_doc,
    diagnostics_for,
    hover_at,
    inlay_hints,
    open_doc,
)

CALL_LINE = 6


async def test_200_rapid_changes_end_with_diagnostics_of_the_final_text(
    client: LanguageClient, workspace: Path
) -> None:
    uri = (workspace / "typing.py").as_uri()
    open_doc(client, uri, APP_PY)
    final_version = 201
    for version in range(2, final_version + 1):
        model = "gpt-9-imaginary" if version == final_version else "gpt-4o"
        text = APP_PY.replace('model="gpt-4o"', f'model="{model}"') + f"# edit {version}\n"
        change_doc(client, uri, text, version)
    diags = await diagnostics_for(client, uri, version=final_version)
    assert [d.code for d in diags if d.code == "unknown-model"] == ["unknown-model"]
    hover = await hover_at(client, uri, CALL_LINE, 12)
    assert hover is not None and "gpt-9-imaginary" in hover.contents.value  # type: ignore[union-attr]


async def test_half_typed_code_keeps_the_complete_calls(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "half.py").as_uri()
    text = APP_PY + '\n\ndef more():\n    return client.chat.completions.create(model="gpt-4o", messages=[\n'
    open_doc(client, uri, text)
    diags = await diagnostics_for(client, uri, lambda d: any(x.code == "syntax-error" for x in d))
    assert next(d for d in diags if d.code == "syntax-error").severity == T.DiagnosticSeverity.Information
    hints = await inlay_hints(client, uri)
    assert CALL_LINE in [h.position.line for h in hints]


async def test_a_6_mb_document_does_not_block_other_requests(client: LanguageClient, workspace: Path) -> None:
    big_uri = (workspace / "big.py").as_uri()
    big = APP_PY + "x = 1  # padding line\n" * 300_000
    assert len(big) > 6_000_000
    app = (workspace / "app.py").as_uri()
    open_doc(client, app, APP_PY)
    assert await inlay_hints(client, app)  # warm
    open_doc(client, big_uri, big)
    started = time.perf_counter()
    hover = await hover_at(client, app, CALL_LINE, 12)
    assert hover is not None
    assert time.perf_counter() - started < 2.0
    diags = await diagnostics_for(client, big_uri)
    assert [d.code for d in diags] == ["file-too-large"]
    assert await inlay_hints(client, big_uri) == []


async def test_requests_for_closed_or_unknown_documents_answer_nothing(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    assert await inlay_hints(client, uri)
    client.text_document_did_close(T.DidCloseTextDocumentParams(T.TextDocumentIdentifier(uri)))
    assert await hover_at(client, uri, CALL_LINE, 12) is None
    assert await inlay_hints(client, (workspace / "never-opened.py").as_uri()) == []
    results = await asyncio.gather(*(hover_at(client, (workspace / f"n{i}.py").as_uri(), 0, 0) for i in range(20)))
    assert results == [None] * 20
