"""Workspace-wide work: the background total (with ``$/progress``), ``rice/workspaceTotal``, and the diagnostics
of the configuration files (invalid → Error at the line; over budget → Warning on the ``budget.co2e_kg`` line)."""
from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from lsprotocol import types as T

from rice_lsp import diagnostics, workspace_total
from rice_lsp.workspace_total import FolderTotal

if TYPE_CHECKING:
    from pygls.lsp.server import LanguageServer

    from rice_lsp.session import Session

log = logging.getLogger(__name__)
PROGRESS_EVERY_S = 0.2


class WorkspaceSync:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.totals: dict[Path, FolderTotal] = {}
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rice-workspace")
        self._published: set[str] = set()
        self._runs = 0

    def _lines(self, ls: LanguageServer, path: Path) -> list[str]:
        doc = ls.workspace.text_documents.get(unquote(path.as_uri()))
        if doc is not None:
            return list(doc.lines)
        try:
            return path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        except OSError:
            return []

    def publish_config_diagnostics(self, ls: LanguageServer) -> None:
        """Errors of invalid config files and over-budget warnings, per config file; clears fixed ones."""
        by_uri: dict[str, list[T.Diagnostic]] = {uri: [] for uri in self._published}
        codec = ls.workspace.position_codec
        for path, error in self.session.configs.errors.items():
            by_uri.setdefault(path.as_uri(), []).append(diagnostics.config_error_diagnostic(error, self._lines(ls, path), codec))
        for total in self.totals.values():
            if total.over_budget and total.config_path and total.budget_co2e_kg:
                path = Path(total.config_path).resolve()
                diag = diagnostics.over_budget_diagnostic(total.total_co2e_kg, total.budget_co2e_kg, total.period,
                                                          total.budget_line or 1, self._lines(ls, path), codec)
                by_uri.setdefault(path.as_uri(), []).append(diag)
        for uri, items in by_uri.items():
            ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=items))
        self._published = {uri for uri, items in by_uri.items() if items}

    async def run_total(self, ls: LanguageServer) -> None:
        """Scan every workspace folder in the background and send ``rice/workspaceTotal``."""
        settings = self.session.settings
        roots = self.session.configs.roots
        if not (settings.enable and settings.workspace_scan and roots):
            self.publish_config_diagnostics(ls)
            return
        self._runs += 1
        token = f"rice-workspace-total-{self._runs}"
        report = await self._begin_progress(ls, token)
        loop = asyncio.get_running_loop()
        totals = {}
        for root in roots:
            config = self.session.configs.config_for(root / "_")
            try:
                totals[root] = await loop.run_in_executor(self.executor, workspace_total.folder_total, root, config,
                                                          _ThreadSafeProgress(loop, report, root.name))
            except Exception:  # a failed folder scan leaves the others standing
                log.exception("workspace scan of %s failed", root)
        self.totals = totals
        if report is not None:
            ls.work_done_progress.end(token, T.WorkDoneProgressEnd(message="done"))
        ls.protocol.notify(workspace_total.NOTIFICATION, workspace_total.combine(list(totals.values())))
        self.publish_config_diagnostics(ls)

    async def _begin_progress(self, ls: LanguageServer, token: str) -> Any:
        window = ls.client_capabilities.window
        if not (window and window.work_done_progress):
            return None
        try:
            await ls.work_done_progress.create_async(token)
        except Exception:  # the client refused the token: scan without progress
            log.info("client refused progress token %s", token)
            return None
        ls.work_done_progress.begin(token, T.WorkDoneProgressBegin(title="R-ICE: workspace CO₂e", percentage=0))

        def report(message: str, percentage: int | None) -> None:
            ls.work_done_progress.report(token, T.WorkDoneProgressReport(message=message, percentage=percentage))

        return report


class _ThreadSafeProgress:
    """A scanner progress callback (called from the worker thread) that reports ``$/progress`` at most every 0.2 s."""

    def __init__(self, loop: asyncio.AbstractEventLoop, report: Any, label: str) -> None:
        self._loop, self._report, self._label, self._last = loop, report, label, 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if self._report is None or now - self._last < PROGRESS_EVERY_S:
            return
        self._last = now
        numbers = [a for a in args if isinstance(a, int)]
        done, total = (numbers + [0, 0])[:2]
        percentage = min(99, int(100 * done / total)) if total else None
        message = f"{self._label}: {done:,}/{total:,} files" if total else self._label
        self._loop.call_soon_threadsafe(self._report, message, percentage)
