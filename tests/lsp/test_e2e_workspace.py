"""End to end: rice.yaml reload (disk and editor), invalid rice.yaml, over budget, workspace total, settings."""

from __future__ import annotations

from pathlib import Path

import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import LanguageClient

from .conftest import (
    APP_PY,
    RICE_YAML,
    SERVER,
    answer_client_requests,
    change_doc,
    code_lenses,
    diagnostics_for,
    hover_at,
    init_params,
    inlay_hints,
    lens_titles,
    open_doc,
    poll_request,
    track_diagnostic_versions,
    track_totals,
    wait_for_lens,
    wait_until,
)

CALL_LINE = 6


async def test_rice_yaml_change_on_disk_reanalyses_open_documents(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    assert "at 1,000/day" in (await lens_titles(client, uri))[0]
    config = workspace / "rice.yaml"
    config.write_text(RICE_YAML.replace("default: 1000/day", "default: 2000/day"), encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Changed)])
    )
    titles = await wait_for_lens(client, uri, "at 2,000/day")
    assert len(titles) == 1


async def test_unsaved_rice_yaml_edits_apply_and_invalid_yaml_is_an_error_at_its_line(
    client: LanguageClient, workspace: Path
) -> None:
    app = (workspace / "app.py").as_uri()
    open_doc(client, app, APP_PY)
    config_uri = (workspace / "rice.yaml").as_uri()
    open_doc(client, config_uri, RICE_YAML, "yaml")
    change_doc(client, config_uri, RICE_YAML.replace("default: 1000/day", "default: 50/hour"), 2)
    titles = await wait_for_lens(client, app, "at 50/hour")
    assert "at 50/hour" in titles[0]

    broken = RICE_YAML.replace("co2e_kg: 1000", "co2e_kg: lots")
    change_doc(client, config_uri, broken, 3)
    diags = await diagnostics_for(client, config_uri, lambda d: any(x.code == "invalid-config" for x in d))
    error = next(d for d in diags if d.code == "invalid-config")
    assert error.severity == T.DiagnosticSeverity.Error
    assert error.range.start.line == broken.splitlines().index("  co2e_kg: lots")
    assert await hover_at(client, app, CALL_LINE, 12) is not None  # the server keeps answering

    change_doc(client, config_uri, RICE_YAML, 4)
    await diagnostics_for(client, config_uri, lambda d: not any(x.code == "invalid-config" for x in d))


async def test_workspace_total_with_progress_and_over_budget_warning(client: LanguageClient, workspace: Path) -> None:
    totals = client.totals  # type: ignore[attr-defined]
    first = await wait_until(lambda: totals and totals[-1])
    assert first["calls"] == 1 and first["files"] >= 1
    assert first["period"] == "month" and first["budget_co2e_kg"] == 1000
    assert 0 < first["total_co2e_kg"] < 1000 and first["share"] == first["total_co2e_kg"] / 1000
    reports = [r for token, values in client.progress_reports.items() if "rice" in str(token) for r in values]
    assert [type(r).__name__ for r in reports][:1] == ["WorkDoneProgressBegin"]
    assert type(reports[-1]).__name__ == "WorkDoneProgressEnd"

    config = workspace / "rice.yaml"
    config.write_text(RICE_YAML.replace("co2e_kg: 1000", "co2e_kg: 0.000001"), encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Changed)])
    )
    over = await wait_until(lambda: totals[-1]["share"] and totals[-1]["share"] > 1 and totals[-1])
    assert over["budget_co2e_kg"] == 0.000001
    diags = await diagnostics_for(client, config.as_uri(), lambda d: any(x.code == "over-budget" for x in d))
    warning = next(d for d in diags if d.code == "over-budget")
    assert warning.severity == T.DiagnosticSeverity.Warning
    assert warning.range.start.line == RICE_YAML.splitlines().index("  co2e_kg: 1000")


@pytest_lsp.fixture(config=SERVER)
async def client_bad_settings(lsp_client: LanguageClient, workspace: Path):
    lsp_client.diagnostic_versions = track_diagnostic_versions(lsp_client)  # type: ignore[attr-defined]
    track_totals(lsp_client)
    answer_client_requests(lsp_client)
    lsp_client.set_configuration({"codeLens": False}, section="rice")
    await lsp_client.initialize_session(init_params(workspace, {"debounceMs": "soon", "inlayHints": 3}))
    yield
    await lsp_client.shutdown_session()


async def test_invalid_settings_give_one_message_and_defaults(
    client_bad_settings: LanguageClient, workspace: Path
) -> None:
    client = client_bad_settings
    messages = await wait_until(lambda: client.messages)
    assert len(messages) == 1 and messages[0].type == T.MessageType.Warning
    assert "rice.debounceMs" in messages[0].message and "rice.inlayHints" in messages[0].message
    uri = (workspace / "app.py").as_uri()
    open_doc(client, uri, APP_PY)
    hints = await poll_request(lambda: inlay_hints(client, uri), lambda found: len(found) == 1)
    assert len(hints) == 1  # invalid inlayHints → default (on); polled: the first analysis may still be running
    assert await code_lenses(client, uri) == []  # pulled workspace/configuration: codeLens off
    client.workspace_did_change_configuration(T.DidChangeConfigurationParams(settings={"rice": {"codeLens": True}}))
    await wait_for_lens(client, uri, "CO₂e/month")
    assert len(client.messages) == 1


@pytest_lsp.fixture(config=SERVER)
async def two_folders(lsp_client: LanguageClient, tmp_path: Path):
    for name, volume in (("shop", "200/day"), ("bot", "5000/day")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "rice.yaml").write_text(RICE_YAML.replace("1000/day", volume), encoding="utf-8")
    answer_client_requests(lsp_client)
    lsp_client.totals = track_totals(lsp_client)  # type: ignore[attr-defined]
    params = init_params(tmp_path / "shop")
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def test_each_workspace_folder_uses_its_own_rice_yaml(two_folders: LanguageClient, tmp_path: Path) -> None:
    client = two_folders
    shop, bot = (tmp_path / "shop" / "app.py").as_uri(), (tmp_path / "bot" / "app.py").as_uri()
    open_doc(client, shop, APP_PY)
    assert "at 200/day" in (await wait_for_lens(client, shop, "CO₂e/month"))[0]
    client.workspace_did_change_workspace_folders(
        T.DidChangeWorkspaceFoldersParams(
            T.WorkspaceFoldersChangeEvent(
                added=[T.WorkspaceFolder(uri=(tmp_path / "bot").as_uri(), name="bot")], removed=[]
            )
        )
    )
    open_doc(client, bot, APP_PY)
    assert "at 5,000/day" in (await wait_for_lens(client, bot, "CO₂e/month"))[0]
    assert "at 200/day" in (await lens_titles(client, shop))[0]
    (tmp_path / "bot" / "app.py").write_text(APP_PY, encoding="utf-8")
    client.text_document_did_save(T.DidSaveTextDocumentParams(T.TextDocumentIdentifier(bot)))
    total = await wait_until(lambda: [t for t in client.totals if len(t["folders"]) == 2 and t["calls"] == 1])  # type: ignore[attr-defined]
    assert total[-1]["budget_co2e_kg"] == 2000  # two folders, 1,000 kg each


async def test_over_the_water_cap_is_a_warning_on_the_water_line(client: LanguageClient, workspace: Path) -> None:
    """Issue 13: ``rice check`` fails over ``budget.water_l``; the editor says so on that line of rice.yaml."""
    totals = client.totals  # type: ignore[attr-defined]
    await wait_until(lambda: totals and totals[-1])
    config = workspace / "rice.yaml"
    capped = RICE_YAML + "  water_l: 0.000001\n"
    config.write_text(capped, encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Changed)])
    )
    diags = await diagnostics_for(client, config.as_uri(), lambda d: any(x.code == "over-water-cap" for x in d))
    warning = next(d for d in diags if d.code == "over-water-cap")
    assert warning.severity == T.DiagnosticSeverity.Warning
    assert warning.range.start.line == capped.splitlines().index("  water_l: 0.000001")
    assert warning.message.endswith("of the water cap of 0.001 mL")
    assert not any(d.code == "over-budget" for d in diags)  # the CO2e budget of 1000 kg still holds

    config.write_text(RICE_YAML + "  water_l: 1000000\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Changed)])
    )
    await diagnostics_for(client, config.as_uri(), lambda d: not any(x.code == "over-water-cap" for x in d))
