"""pytest-lsp fixtures: a real ``python -m rice_lsp`` over stdio, VS Code's captured capabilities, a temp workspace."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

WAIT_S = 20.0  # generous upper bound for any awaited condition; tests finish as soon as it holds

RICE_YAML = """\
defaults:
  region: US
volume:
  default: 1000/day
budget:
  period: month
  co2e_kg: 1000
"""

APP_PY = """\
from openai import OpenAI

client = OpenAI()


def answer(question):
    return client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Answer briefly: " + question}],
        max_tokens=300,
    )
"""

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "rice_lsp"])


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "rice.yaml").write_text(RICE_YAML, encoding="utf-8")
    (tmp_path / "app.py").write_text(APP_PY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    return tmp_path


def init_params(root: Path, options: Any = None) -> T.InitializeParams:
    return T.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=root.as_uri(),
        workspace_folders=[T.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options=options,
    )


def track_totals(client: LanguageClient) -> list[dict[str, Any]]:
    """Collect every ``rice/workspaceTotal`` notification the server sends."""
    totals: list[dict[str, Any]] = []

    @client.feature("rice/workspaceTotal")
    def _on_total(params: Any) -> None:
        totals.append(params if isinstance(params, dict) else _as_dict(params))

    return totals


def answer_client_requests(client: LanguageClient) -> list[T.Registration]:
    """Answer the requests VS Code answers (pytest-lsp's client does not): registrations and refreshes."""
    registrations: list[T.Registration] = []

    @client.feature(T.CLIENT_REGISTER_CAPABILITY)
    def _register(params: T.RegistrationParams) -> None:
        registrations.extend(params.registrations)

    for method in (T.WORKSPACE_INLAY_HINT_REFRESH, T.WORKSPACE_CODE_LENS_REFRESH):
        client.feature(method)(lambda params: None)
    return registrations


def track_diagnostic_versions(client: LanguageClient) -> dict[str, int | None]:
    """Wrap pytest-lsp's own diagnostics handler to also remember the document version of each publication."""
    versions: dict[str, int | None] = {}
    features = client.protocol.fm.features
    original = features[T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def on_diagnostics(params: T.PublishDiagnosticsParams) -> Any:
        versions[params.uri] = params.version
        return original(params)

    features[T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = on_diagnostics
    return versions


def _as_dict(params: Any) -> dict[str, Any]:
    return {k: getattr(params, k) for k in dir(params) if not k.startswith("_")}


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Path):
    lsp_client.totals = track_totals(lsp_client)  # type: ignore[attr-defined]
    lsp_client.diagnostic_versions = track_diagnostic_versions(lsp_client)  # type: ignore[attr-defined]
    lsp_client.registrations = answer_client_requests(lsp_client)  # type: ignore[attr-defined]
    await lsp_client.initialize_session(init_params(workspace, {"rice": {"debounceMs": 50}}))
    yield
    await lsp_client.shutdown_session()


async def wait_until(condition: Callable[[], Any], timeout_s: float = WAIT_S, poll_s: float = 0.02) -> Any:
    """Poll ``condition`` until it returns a truthy value (returned) or fail after ``timeout_s``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout_s} s: {condition}")
        await asyncio.sleep(poll_s)


async def poll_request(
    request: Callable[[], Any], predicate: Callable[[Any], bool], timeout_s: float = WAIT_S, poll_s: float = 0.05
) -> Any:
    """Repeat an async request until its result satisfies ``predicate`` (returned), or fail after ``timeout_s``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        result = await request()
        if predicate(result):
            return result
        if loop.time() > deadline:
            raise AssertionError(f"last result did not satisfy the condition within {timeout_s} s: {result!r}")
        await asyncio.sleep(poll_s)


async def lens_titles(client: LanguageClient, uri: str) -> list[str]:
    return [lens.command.title for lens in await code_lenses(client, uri) if lens.command]


async def wait_for_lens(client: LanguageClient, uri: str, needle: str) -> list[str]:
    """Poll code lenses until the first one contains ``needle``."""
    return await poll_request(lambda: lens_titles(client, uri), lambda titles: bool(titles) and needle in titles[0])


def open_doc(client: LanguageClient, uri: str, text: str, language: str = "python", version: int = 1) -> None:
    client.text_document_did_open(
        T.DidOpenTextDocumentParams(T.TextDocumentItem(uri=uri, language_id=language, version=version, text=text))
    )


def change_doc(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [T.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def diagnostics_for(
    client: LanguageClient,
    uri: str,
    predicate: Callable[[list[T.Diagnostic]], bool] = lambda d: True,
    version: int | None = None,
    timeout_s: float = WAIT_S,
) -> list[T.Diagnostic]:
    """Wait until diagnostics for ``uri`` (of ``version``, when given) have arrived and satisfy ``predicate``."""

    def ready() -> tuple[list[T.Diagnostic]] | None:
        if uri not in client.diagnostics or (version is not None and client.diagnostic_versions.get(uri) != version):
            return None
        items = list(client.diagnostics[uri])
        return (items,) if predicate(items) else None

    (items,) = await wait_until(ready, timeout_s)
    return items


async def inlay_hints(client: LanguageClient, uri: str, last_line: int = 10_000) -> list[T.InlayHint]:
    params = T.InlayHintParams(
        text_document=T.TextDocumentIdentifier(uri), range=T.Range(T.Position(0, 0), T.Position(last_line, 0))
    )
    return list(await client.text_document_inlay_hint_async(params) or [])


async def code_lenses(client: LanguageClient, uri: str) -> list[T.CodeLens]:
    return list(await client.text_document_code_lens_async(T.CodeLensParams(T.TextDocumentIdentifier(uri))) or [])


async def hover_at(client: LanguageClient, uri: str, line: int, character: int) -> T.Hover | None:
    return await client.text_document_hover_async(
        T.HoverParams(T.TextDocumentIdentifier(uri), T.Position(line, character))
    )
