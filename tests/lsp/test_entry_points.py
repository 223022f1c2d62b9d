"""``rice lsp`` and ``python -m rice_lsp``: stdio by default, ``--tcp HOST:PORT`` for debugging."""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path

import pytest
import pytest_lsp
from pygls.lsp.client import LanguageClient as PyglsClient
from pytest_lsp import ClientServerConfig, LanguageClient

from rice_core.cli import main as rice_main
from rice_lsp.__main__ import main as lsp_main

from .conftest import APP_PY, answer_client_requests, init_params, inlay_hints, open_doc


def test_rice_lsp_help_lists_the_transport_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert rice_main(["lsp", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--tcp HOST:PORT" in out and "--stdio" in out


def test_arguments_lsp_clients_add_are_accepted() -> None:
    from rice_lsp.__main__ import build_parser

    args = build_parser().parse_args(["--stdio", "--clientProcessId=4242"])
    assert args.stdio and args.tcp is None


def test_bad_tcp_address_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert lsp_main(["--tcp", "no-port-here"]) == 2
    assert "--tcp expects HOST:PORT" in capsys.readouterr().err


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "rice_core", "lsp"]))
async def rice_cli_client(lsp_client: LanguageClient, workspace: Path):
    answer_client_requests(lsp_client)
    result = await lsp_client.initialize_session(init_params(workspace))
    lsp_client.server_info = result.server_info  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def test_rice_lsp_command_serves_over_stdio(rice_cli_client: LanguageClient, workspace: Path) -> None:
    assert rice_cli_client.server_info.name == "rice-lsp"  # type: ignore[attr-defined]
    uri = (workspace / "app.py").as_uri()
    open_doc(rice_cli_client, uri, APP_PY)
    assert len(await inlay_hints(rice_cli_client, uri)) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _connect(
    client: PyglsClient, port: int, process: asyncio.subprocess.Process, timeout_s: float = 20.0
) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        try:
            await client.start_tcp("127.0.0.1", port)
            return
        except OSError:
            if process.returncode is not None or loop.time() > deadline:
                raise
            await asyncio.sleep(0.05)


async def test_tcp_mode_answers_initialize(workspace: Path) -> None:
    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "rice_lsp",
        "--tcp",
        f"127.0.0.1:{port}",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    client = PyglsClient("tcp-test", "1")
    try:
        await _connect(client, port, process)
        result = await asyncio.wait_for(client.initialize_async(init_params(workspace)), 20)
        assert result.server_info is not None and result.server_info.name == "rice-lsp"
        assert result.capabilities.inlay_hint_provider
        await asyncio.wait_for(client.shutdown_async(None), 20)
        client.exit(None)
        await asyncio.wait_for(client.stop(), 20)
    finally:
        process.terminate()
        await asyncio.wait_for(process.wait(), 20)


@pytest.mark.parametrize("address", ["127.0.0.1:99999", "127.0.0.1:70000"])
def test_tcp_port_out_of_range_is_a_usage_error(address: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert lsp_main(["--tcp", address]) == 2
    assert "0 to 65535" in capsys.readouterr().err
