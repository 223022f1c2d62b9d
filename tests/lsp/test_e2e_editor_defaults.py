"""End to end: estimator defaults from the editor (``rice.defaults.*``) change the figures, under rice.yaml's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import LanguageClient

from rice_core.config.load import parse_config_text
from rice_lsp.analysis import analyse_text
from rice_lsp.editor_defaults import with_editor_defaults
from rice_lsp.inlay_hints import hint_label

from .conftest import (
    APP_PY,
    RICE_YAML,
    SERVER,
    answer_client_requests,
    change_doc,
    hover_at,
    init_params,
    inlay_hints,
    open_doc,
    poll_request,
    track_totals,
    wait_until,
)

CALL_LINE = 6
NO_REGION_YAML = RICE_YAML.replace("  region: US\n", "")


def expected_hint(yaml_text: str, editor: tuple[tuple[str, Any], ...] = ()) -> str:
    """The hint the server must show, computed in-process from the same core."""
    config = with_editor_defaults(parse_config_text(yaml_text, "rice.yaml"), editor)
    return hint_label(analyse_text(APP_PY, "app.py", config, 10**7).calls[0])


async def hint_becomes(client: LanguageClient, uri: str, label: str) -> str:
    hints = await poll_request(lambda: inlay_hints(client, uri), lambda h: len(h) == 1 and h[0].label == label)
    return str(hints[0].label)


async def hover_text(client: LanguageClient, uri: str) -> str:
    found = await hover_at(client, uri, CALL_LINE, 12)
    assert found is not None and isinstance(found.contents, T.MarkupContent)
    return found.contents.value


def push(client: LanguageClient, settings: dict[str, Any]) -> None:
    client.workspace_did_change_configuration(T.DidChangeConfigurationParams(settings={"rice": settings}))


async def test_a_region_setting_changes_the_figures_of_the_hint(client: LanguageClient, workspace: Path) -> None:
    (workspace / "rice.yaml").write_text(NO_REGION_YAML, encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(
            changes=[T.FileEvent(uri=(workspace / "rice.yaml").as_uri(), type=T.FileChangeType.Changed)]
        )
    )
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    before = await hint_becomes(client, uri, expected_hint(NO_REGION_YAML))
    push(client, {"defaults": {"region": "FR"}})
    after = await hint_becomes(client, uri, expected_hint(NO_REGION_YAML, (("region", "FR"),)))
    assert after != before and after.split(" · ")[1] == before.split(" · ")[1]  # same Wh, less CO₂e
    assert "region FR" in await hover_text(client, uri)
    push(client, {})  # setting removed: back to the figures before
    await hint_becomes(client, uri, before)
    assert len(client.messages) == 0


async def test_rice_yaml_wins_over_a_setting_and_settings_fill_in_the_rest(
    client: LanguageClient, workspace: Path
) -> None:
    totals = client.totals  # type: ignore[attr-defined]
    first = await wait_until(lambda: totals and totals[-1])
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    await hint_becomes(client, uri, expected_hint(RICE_YAML))
    editor = (("pue", 2.0), ("region", "FR"))
    push(client, {"defaults": {"region": "FR", "pue": 2}})
    await hint_becomes(client, uri, expected_hint(RICE_YAML, editor))  # pue applies; rice.yaml's region US stays
    hover = await hover_text(client, uri)
    assert "region US" in hover and "(PUE 2)" in hover
    await wait_until(lambda: totals[-1]["total_co2e_kg"] > first["total_co2e_kg"] * 1.5)  # the total follows too

    config_uri = (workspace / "rice.yaml").as_uri()
    open_doc(client, config_uri, RICE_YAML, "yaml")
    change_doc(client, config_uri, NO_REGION_YAML, 2)  # rice.yaml no longer sets the region
    await hint_becomes(client, uri, expected_hint(NO_REGION_YAML, editor))
    assert "region FR" in await hover_text(client, uri)
    assert len(client.messages) == 0


@pytest_lsp.fixture(config=SERVER)
async def client_bad_region(lsp_client: LanguageClient, workspace: Path):
    answer_client_requests(lsp_client)
    track_totals(lsp_client)
    bad = {"defaults": {"region": "Atlantis"}}
    lsp_client.set_configuration(bad, section="rice")  # pulled, as VS Code does, and pushed
    await lsp_client.initialize_session(init_params(workspace, {"rice": bad}))
    yield
    await lsp_client.shutdown_session()


async def test_an_invalid_region_setting_gives_one_message_and_defaults(
    client_bad_region: LanguageClient, workspace: Path
) -> None:
    client = client_bad_region
    messages = await wait_until(lambda: client.messages)
    assert messages[0].type == T.MessageType.Warning
    assert "rice.defaults.region" in messages[0].message and "'Atlantis'" in messages[0].message
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    await hint_becomes(client, uri, expected_hint(RICE_YAML))  # the defaults: rice.yaml's figures
    push(client, {"defaults": {"region": "Atlantis"}})  # the same problem again: no second message
    assert await hover_at(client, uri, CALL_LINE, 12) is not None  # answered after the push: the server
    assert len(client.messages) == 1  # kept running and said it only once


@pytest_lsp.fixture(config=SERVER)
async def client_fr(lsp_client: LanguageClient, workspace: Path):
    (workspace / "rice.yaml").write_text(NO_REGION_YAML, encoding="utf-8")
    answer_client_requests(lsp_client)
    track_totals(lsp_client)
    await lsp_client.initialize_session(init_params(workspace, {"rice": {"defaults": {"region": "FR"}}}))
    yield
    await lsp_client.shutdown_session()


async def test_a_removed_setting_stops_applying(client_fr: LanguageClient, workspace: Path) -> None:
    client = client_fr
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    await hint_becomes(client, uri, expected_hint(NO_REGION_YAML, (("region", "FR"),)))  # from initializationOptions
    push(client, {"defaults": {"region": None}})  # VS Code sends null for a setting the user removed
    await hint_becomes(client, uri, expected_hint(NO_REGION_YAML))
    assert len(client.messages) == 0
