"""Wiring only: LSP methods → session pipeline → pure feature functions. Every handler tolerates closed documents."""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any

from lsprotocol import types as T
from pygls.lsp.server import LanguageServer

from rice_lsp import (
    SERVER_NAME,
    __version__,
    code_actions,
    code_lens,
    hover,
    inlay_hints,
)
from rice_lsp.config_store import is_config_file
from rice_lsp.documents import uri_path
from rice_lsp.session import Session
from rice_lsp.workspace_sync import WorkspaceSync

log = logging.getLogger(__name__)
TOTAL_DELAY_S = 1.0  # quiet period before re-running the workspace total after saves and file events
CONFIG_GLOBS = ("**/rice.yaml", "**/.rice.yaml", "**/pyproject.toml")


class RiceLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(SERVER_NAME, __version__)
        self.session = Session()
        self.session.warm_up()
        self.sync = WorkspaceSync(self.session)


def _schedule_total(ls: RiceLanguageServer) -> None:
    ls.session.debouncer.schedule("<workspace-total>", TOTAL_DELAY_S, lambda: ls.sync.run_total(ls))


def _register_lifecycle(server: RiceLanguageServer) -> None:
    @server.feature(T.INITIALIZE)
    def initialize(ls: RiceLanguageServer, params: T.InitializeParams) -> None:
        ls.session.init_options = params.initialization_options
        ls.session.configs.set_roots(ls.session.roots_from(ls))

    @server.feature(T.INITIALIZED)
    async def initialized(ls: RiceLanguageServer, params: T.InitializedParams) -> None:
        ls.session.apply_settings(ls, ls.session.init_options, initial=True)
        if await _pull_settings(ls):  # documents opened meanwhile were analysed with the initial settings
            ls.session.refresh_all(ls)
        await _watch_config_files(ls)
        ls.sync.publish_config_diagnostics(ls)
        ls.session.debouncer.schedule("<workspace-total>", 0, lambda: ls.sync.run_total(ls))

    @server.feature(T.SHUTDOWN)
    def shutdown(ls: RiceLanguageServer, params: None) -> None:
        ls.sync.cancel()
        ls.session.close()
        ls.sync.executor.shutdown(wait=False, cancel_futures=True)

    @server.feature(T.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: RiceLanguageServer, params: T.DidChangeConfigurationParams) -> None:
        pushed = params.settings.get("rice") if isinstance(params.settings, dict) else None
        changed = ls.session.apply_settings(ls, pushed) if pushed is not None else await _pull_settings(ls)
        if changed:
            ls.session.refresh_all(ls)
            _schedule_total(ls)

    @server.feature(T.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_folders(ls: RiceLanguageServer, params: T.DidChangeWorkspaceFoldersParams) -> None:
        ls.session.configs.set_roots(ls.session.roots_from(ls))
        ls.session.refresh_all(ls)
        _schedule_total(ls)

    @server.feature(T.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: RiceLanguageServer, params: T.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(uri_path(change.uri)) for change in params.changes):
            ls.session.configs.reload_all()
            ls.session.refresh_all(ls)
            ls.sync.publish_config_diagnostics(ls)
        else:
            ls.session.files_saved(ls, [p for c in params.changes if (p := uri_path(c.uri)) is not None])
        _schedule_total(ls)


async def _pull_settings(ls: RiceLanguageServer) -> bool:
    caps = ls.client_capabilities.workspace
    if not (caps and caps.configuration):
        return False
    try:
        items = await ls.workspace_configuration_async(
            T.ConfigurationParams(items=[T.ConfigurationItem(section="rice")])
        )
    except Exception:  # the client could not answer: keep the current settings
        log.exception("workspace/configuration failed")
        return False
    raw: Any = items[0] if items else None
    return ls.session.apply_settings(ls, raw) if raw is not None else False


async def _watch_config_files(ls: RiceLanguageServer) -> None:
    caps = ls.client_capabilities.workspace
    watched = caps.did_change_watched_files if caps else None
    if not (watched and watched.dynamic_registration):
        return
    options = T.DidChangeWatchedFilesRegistrationOptions(
        watchers=[T.FileSystemWatcher(glob_pattern=g) for g in CONFIG_GLOBS]
    )
    registration = T.Registration(
        id="rice-config-watch", method=T.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    try:
        await ls.client_register_capability_async(T.RegistrationParams(registrations=[registration]))
    except Exception:  # without file events, rice.yaml is still re-read on save
        log.exception("registering file watchers failed")


def _register_sync(server: RiceLanguageServer) -> None:
    @server.feature(T.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: RiceLanguageServer, params: T.DidOpenTextDocumentParams) -> None:
        _changed(ls, params.text_document.uri, 0)

    @server.feature(T.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: RiceLanguageServer, params: T.DidChangeTextDocumentParams) -> None:
        _changed(ls, params.text_document.uri, ls.session.settings.debounce_ms / 1000)

    @server.feature(T.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: RiceLanguageServer, params: T.DidSaveTextDocumentParams) -> None:
        if uri_path(params.text_document.uri) is not None and params.text_document.uri.endswith("pyproject.toml"):
            ls.session.configs.reload_all()
            ls.session.refresh_all(ls)
        saved = uri_path(params.text_document.uri)
        if saved is not None:  # documents reading it (an imported module, a prompt file) are analysed again
            ls.session.files_saved(ls, [saved])
        _schedule_total(ls)

    @server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: RiceLanguageServer, params: T.DidCloseTextDocumentParams) -> None:
        ls.session.closed(ls, params.text_document.uri)
        if is_config_file(uri_path(params.text_document.uri)):  # unsaved edits are dropped: back to the file on disk
            ls.session.configs.reload_all()
            ls.session.refresh_all(ls)
            ls.sync.publish_config_diagnostics(ls)
            _schedule_total(ls)


def _changed(ls: RiceLanguageServer, uri: str, delay_s: float) -> None:
    if is_config_file(uri_path(uri)):
        doc = ls.session.open_document(ls, uri)
        if doc is not None:
            ls.session.config_text_changed(ls, uri, doc.source)
            ls.sync.publish_config_diagnostics(ls)
            _schedule_total(ls)
        return
    ls.session.schedule(ls, uri, delay_s)


def _register_features(server: RiceLanguageServer) -> None:
    @server.feature(T.TEXT_DOCUMENT_INLAY_HINT)
    async def inlay_hint(ls: RiceLanguageServer, params: T.InlayHintParams) -> list[T.InlayHint] | None:
        found = await ls.session.analysis(ls, params.text_document.uri)
        if found is None or not ls.session.settings.inlay_hints:
            return None
        doc, result = found
        return inlay_hints.inlay_hints(result, doc.lines, doc.position_codec, params.range)

    @server.feature(T.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: RiceLanguageServer, params: T.HoverParams) -> T.Hover | None:
        found = await ls.session.analysis(ls, params.text_document.uri)
        if found is None or not ls.session.settings.hover:
            return None
        doc, result = found
        return hover.hover(result, doc.lines, doc.position_codec, params.position.line)

    @server.feature(T.TEXT_DOCUMENT_CODE_LENS)
    async def on_code_lens(ls: RiceLanguageServer, params: T.CodeLensParams) -> list[T.CodeLens] | None:
        found = await ls.session.analysis(ls, params.text_document.uri)
        if found is None or not ls.session.settings.code_lens:
            return None
        doc, result = found
        return code_lens.code_lenses(result, doc.lines, doc.position_codec)

    kinds = T.CodeActionOptions(code_action_kinds=[T.CodeActionKind.QuickFix, T.CodeActionKind.RefactorRewrite])

    @server.feature(T.TEXT_DOCUMENT_CODE_ACTION, kinds)
    async def on_code_action(ls: RiceLanguageServer, params: T.CodeActionParams) -> list[T.CodeAction] | None:
        found = await ls.session.analysis(ls, params.text_document.uri)
        if found is None or not ls.session.settings.code_actions:
            return None
        doc, result = found
        first, last = params.range.start.line, params.range.end.line
        calls = [c for c in result.calls if c.call.span.line - 1 <= last and c.call.span.end_line - 1 >= first]
        if not calls:
            return None
        action = functools.partial(
            code_actions.code_actions,
            calls,
            result.config,
            doc.lines,
            doc.position_codec,
            doc.uri,
            doc.version,
            params.context.only,
        )
        return await asyncio.get_running_loop().run_in_executor(ls.session.executor, action)


def create_server() -> RiceLanguageServer:
    server = RiceLanguageServer()
    _register_lifecycle(server)
    _register_sync(server)
    _register_features(server)
    return server
