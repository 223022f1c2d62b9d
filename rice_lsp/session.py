"""Session state and the document pipeline: settings, configurations, cached analyses, debounced publishing.

Handlers in ``server.py`` call these methods; the pure feature functions get the analysis and the document lines.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lsprotocol import types as T

from rice_lsp import diagnostics
from rice_lsp.analysis import DocumentAnalysis, analyse_text, warm_up
from rice_lsp.config_store import ConfigStore, is_config_file
from rice_lsp.dependencies import dependents
from rice_lsp.confinement import NOWHERE, read_root
from rice_lsp.documents import AnalysisCache, Debouncer, scan_path, uri_path
from rice_lsp.editor_defaults import with_editor_defaults
from rice_lsp.settings import Settings, parse_settings, settings_message

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer
    from pygls.workspace import TextDocument

    from rice_core.config import RiceConfig

log = logging.getLogger(__name__)
REQUEST_WAIT_S = 1.0  # a request waits this long for a fresh analysis, then answers with the previous one


class Session:
    def __init__(self) -> None:
        self.settings = Settings()
        self.initial_settings = Settings()  # from initializationOptions; pulled settings layer on top
        self.init_options: Any = None  # kept from INITIALIZE until INITIALIZED can show messages
        self.configs = ConfigStore()
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="rice-analysis")
        self.cache = AnalysisCache(self.executor)
        self.debouncer = Debouncer()
        self._shown_settings_message: str | None = None
        self._warm: Future[None] | None = None
        self._logged_error: str | None = None

    def warm_up(self) -> None:
        """Start loading the core in the analysis thread; analyses wait for it instead of loading it twice."""
        if self._warm is None:
            self._warm = self.executor.submit(warm_up)

    def _after_warm_up(self, compute: Callable[[], DocumentAnalysis]) -> DocumentAnalysis:
        if self._warm is not None:
            try:
                self._warm.result()
            except Exception:  # a failed warm-up only costs speed
                log.exception("warm-up failed")
        return compute()

    # -- settings ------------------------------------------------------------------------------------------
    def apply_settings(self, ls: LanguageServer, raw: Any, initial: bool = False) -> bool:
        """Parse editor settings (invalid values → defaults and one visible message); True when they changed."""
        settings, problems = parse_settings(raw, None if initial else self.initial_settings)
        if initial:
            self.initial_settings = settings
        if problems:
            message = settings_message(problems)
            if message != self._shown_settings_message:
                self._shown_settings_message = message
                ls.window_show_message(T.ShowMessageParams(type=T.MessageType.Warning, message=message))
        changed = settings != self.settings
        self.settings = settings
        return changed

    # -- documents -----------------------------------------------------------------------------------------
    @staticmethod
    def open_document(ls: LanguageServer, uri: str) -> TextDocument | None:
        """The editor's document, or None when it is not open (closed documents are not analysed)."""
        return ls.workspace.text_documents.get(unquote(uri))

    def _compute(self, doc: TextDocument) -> Callable[[], DocumentAnalysis]:
        """The analysis of the document's current text under its configuration (called only on a cache miss)."""
        path = uri_path(doc.uri)
        config = with_editor_defaults(self.configs.config_for(path), self.settings.defaults)
        reads = read_root(doc.uri, path, self.configs.roots)  # prompt files only from inside this folder
        name = scan_path(doc.uri, doc.language_id, None if reads == NOWHERE else reads)
        compute = functools.partial(analyse_text, doc.source, name, config, self.settings.max_file_bytes, str(reads))
        return functools.partial(self._after_warm_up, compute)

    async def analysis(self, ls: LanguageServer, uri: str) -> tuple[TextDocument, DocumentAnalysis] | None:
        """The document and its analysis (the previous one when a fresh one is not ready in time)."""
        doc = self.open_document(ls, uri)
        if doc is None or not self.settings.enable or is_config_file(uri_path(uri)):
            return None
        result = await self.cache.get(doc.uri, doc.version, functools.partial(self._compute, doc), REQUEST_WAIT_S)
        return (doc, result) if result is not None else None

    async def publish(self, ls: LanguageServer, uri: str) -> None:
        """Analyse the current version and publish its diagnostics, unless the document changed meanwhile."""
        doc = self.open_document(ls, uri)
        if doc is None:
            return
        version = doc.version
        started = time.perf_counter()
        future = self.cache.future(doc.uri, version, functools.partial(self._compute, doc))
        # shielded: a newer schedule cancels this task, and requests may be waiting on the same analysis
        result = await asyncio.shield(future)
        self._log_failure(ls, result)
        doc = self.open_document(ls, uri)
        if doc is None or doc.version != version:
            return
        items = []
        if self.settings.enable and self.settings.diagnostics:
            items = diagnostics.document_diagnostics(result, doc.lines, doc.position_codec)
        ls.text_document_publish_diagnostics(
            T.PublishDiagnosticsParams(uri=doc.uri, diagnostics=items, version=version)
        )
        log.info(
            "published %d diagnostics for %s v%s, %.0f ms after the debounce",
            len(items),
            uri,
            version,
            (time.perf_counter() - started) * 1000,
        )

    def _log_failure(self, ls: LanguageServer, result: DocumentAnalysis) -> None:
        """Tell the client's log (once per distinct error) when an analysis failed inside R-ICE."""
        if result.error and result.error != self._logged_error:
            self._logged_error = result.error
            message = f"R-ICE could not analyse {result.path}: {result.error}"
            ls.window_log_message(T.LogMessageParams(type=T.MessageType.Error, message=message))

    def schedule(self, ls: LanguageServer, uri: str, delay_s: float) -> None:
        if is_config_file(uri_path(uri)):
            return
        self.debouncer.schedule(uri, delay_s, functools.partial(self.publish, ls, uri))

    def closed(self, ls: LanguageServer, uri: str) -> None:
        self.debouncer.cancel(uri)
        self.cache.invalidate(uri)
        if not is_config_file(uri_path(uri)):
            ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def refresh_all(self, ls: LanguageServer) -> None:
        """Configuration or settings changed: re-analyse every open document and ask the client to redraw."""
        self.cache.invalidate()
        for uri in list(ls.workspace.text_documents):
            self.schedule(ls, uri, 0)
        _ask_client_to_redraw(ls)

    def files_saved(self, ls: LanguageServer, paths: list[Path]) -> None:
        """Files on disk changed: re-analyse the open documents whose analysis read one of them."""
        analyses = {uri: self.cache.latest(uri) for uri in list(ls.workspace.text_documents)}
        stale = [uri for uri in dependents(analyses, paths) if uri_path(uri) not in paths]
        for uri in stale:
            self.cache.invalidate(uri)
            self.schedule(ls, uri, 0)
        if stale:
            _ask_client_to_redraw(ls)

    def close(self) -> None:
        """Shutdown: drop pending work so that the process can exit promptly."""
        self.debouncer.cancel_all()
        self.executor.shutdown(wait=False, cancel_futures=True)

    # -- configuration files -------------------------------------------------------------------------------
    def config_text_changed(self, ls: LanguageServer, uri: str, text: str) -> None:
        path = uri_path(uri)
        if path is None:
            return
        self.configs.update_text(path, text)
        self.refresh_all(ls)

    def config_of_root(self, root: Path) -> RiceConfig:
        """A workspace folder's rice.yaml with the editor's estimator defaults filling in what it leaves unset."""
        return with_editor_defaults(self.configs.config_of_root(root), self.settings.defaults)

    def roots_from(self, ls: LanguageServer) -> list[Path]:
        roots = [uri_path(f.uri) for f in ls.workspace.folders.values()]
        if not roots and ls.workspace.root_uri:
            roots = [uri_path(ls.workspace.root_uri)]
        return [r for r in roots if r is not None]


def _ask_client_to_redraw(ls: LanguageServer) -> None:
    """Ask the client to request inlay hints and code lenses again, where it supports refresh requests."""
    workspace_caps = ls.client_capabilities.workspace
    if workspace_caps and workspace_caps.inlay_hint and workspace_caps.inlay_hint.refresh_support:
        ls.workspace_inlay_hint_refresh(None)
    if workspace_caps and workspace_caps.code_lens and workspace_caps.code_lens.refresh_support:
        ls.workspace_code_lens_refresh(None)
