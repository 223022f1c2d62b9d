"""End to end over stdio: a call whose client and model come from another module of the workspace resolves there
(the scan's root is the workspace folder), and saving that module re-analyses the open document that imports it."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as T
from pytest_lsp import LanguageClient

from rice_lsp.analysis import DocumentAnalysis
from rice_lsp.dependencies import dependents, files_read

from .conftest import hover_at, open_doc, poll_request

LLM_PY = 'from openai import OpenAI\n\nclient = OpenAI()\nMODEL = "{model}"\n'
SVC_PY = """\
from llm import MODEL, client


def ask(question):
    return client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
        max_tokens=100,
    )
"""


async def _hover_text(client: LanguageClient, uri: str) -> str:
    hover = await hover_at(client, uri, 5, 10)
    return hover.contents.value if hover is not None and isinstance(hover.contents, T.MarkupContent) else ""


async def test_saving_the_imported_module_reanalyses_the_importer(client: LanguageClient, workspace: Path) -> None:
    (workspace / "llm.py").write_text(LLM_PY.format(model="gpt-4o"), encoding="utf-8")
    (workspace / "svc.py").write_text(SVC_PY, encoding="utf-8")
    uri = (workspace / "svc.py").as_uri()
    open_doc(client, uri, SVC_PY)
    assert "`gpt-4o`" in await poll_request(lambda: _hover_text(client, uri), lambda text: "`gpt-4o`" in text)

    (workspace / "llm.py").write_text(LLM_PY.format(model="gpt-4o-mini"), encoding="utf-8")
    client.text_document_did_save(
        T.DidSaveTextDocumentParams(T.TextDocumentIdentifier((workspace / "llm.py").as_uri()))
    )
    text = await poll_request(lambda: _hover_text(client, uri), lambda text: "`gpt-4o-mini`" in text)
    assert "`gpt-4o-mini`" in text


def test_only_documents_that_read_the_file_are_stale(tmp_path: Path) -> None:
    from rice_core.scan import scan_source
    from rice_lsp.analysis import analyse_text

    (tmp_path / "llm.py").write_text(LLM_PY.format(model="gpt-4o"), encoding="utf-8")
    importer = analyse_text(SVC_PY, "svc.py", DocumentAnalysis("x").config, 1_000_000, str(tmp_path))
    alone = analyse_text(
        SVC_PY.replace("from llm import", "from elsewhere import"), "b.py", importer.config, 1_000_000, str(tmp_path)
    )
    assert files_read(importer) == {str((tmp_path / "llm.py").resolve())}
    assert dependents({"a": importer, "b": alone, "c": None}, [tmp_path / "llm.py"]) == ["a"]
    assert scan_source(SVC_PY, "svc.py", root=str(tmp_path))[0].model == "gpt-4o"
