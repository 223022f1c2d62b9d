"""The same features under other real clients' captured capabilities, in the position encoding each negotiates:
Neovim 0.11 prefers UTF-8 and Emacs 29 UTF-32, so every column the server sends must follow the negotiated one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from .conftest import answer_client_requests, hover_at, inlay_hints, open_doc

LINE = 'r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "😀 你好"}])  # 🚀'
TEXT = "from openai import OpenAI\nclient = OpenAI()\n" + LINE + "\n"
UNITS = {"utf-8": lambda s: len(s.encode("utf-8")), "utf-16": lambda s: len(s.encode("utf-16-le")) // 2, "utf-32": len}


@pytest.mark.parametrize("spec", ["neovim@v0.11.0", "emacs@v29.1"])
async def test_hints_and_hover_under_other_clients(spec: str, workspace: Path) -> None:
    client = await ClientServerConfig(server_command=[sys.executable, "-m", "rice_lsp"]).start()
    assert isinstance(client, LanguageClient)
    answer_client_requests(client)
    try:
        result = await client.initialize_session(
            T.InitializeParams(
                capabilities=client_capabilities(spec),
                root_uri=workspace.as_uri(),
                workspace_folders=[T.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
            )
        )
        encoding = str(result.capabilities.position_encoding or "utf-16")
        uri = (workspace / "clients.py").as_uri()
        open_doc(client, uri, TEXT)
        hints = await inlay_hints(client, uri)
        assert [h.position for h in hints] == [T.Position(2, UNITS[encoding](LINE))]
        model_at = UNITS[encoding](LINE[: LINE.index('"gpt-4o"')])
        hover = await hover_at(client, uri, 2, model_at + 1)
        assert hover is not None and "`gpt-4o`" in hover.contents.value  # type: ignore[union-attr]
        await client.shutdown_session()
    finally:
        await client.stop()
