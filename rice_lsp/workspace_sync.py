"""Workspace-wide work: the background total (with ``$/progress``), ``rice/workspaceTotal``, and the diagnostics
of the configuration files (invalid → Error at the line; over budget → Warning on the ``budget.co2e_kg`` line, over
the water cap → Warning on the ``budget.water_l`` line)."""

from __future__ import annotations

import asyncio
import logging
import threading
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
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop a running scan at its next progress report (a newer run supersedes it, or the server shuts down)."""
        self._cancel.set()

    def _lines(self, ls: LanguageServer, path: Path) -> list[str]:
        doc = ls.workspace.text_documents.get(unquote(path.as_uri()))
        if doc is not None:
            return list(doc.lines)
        try:
            return path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        except OSError:
            return []

    def publish_config_diagnostics(self, ls: LanguageServer) -> None:
        """Errors of invalid config files and over-budget warnings, per config file; clears fixed ones.

        An invalid file gets its Error only: the total was computed with its last valid budget, which the file no
        longer states, so an over-budget Warning there would contradict the text being edited."""
        by_uri: dict[str, list[T.Diagnostic]] = {uri: [] for uri in self._published}
        codec = ls.workspace.position_codec
        errors = self.session.configs.errors
        for path, error in errors.items():
            by_uri.setdefault(path.as_uri(), []).append(
                diagnostics.config_error_diagnostic(error, self._lines(ls, path), codec)
            )
        for total in self.totals.values():
            if total.over_budget and total.config_path and total.budget_co2e_kg:
                path = Path(total.config_path).resolve()
                if path in errors:
                    continue
                diag = diagnostics.over_budget_diagnostic(
                    total.total_co2e_kg,
                    total.budget_co2e_kg,
                    total.period,
                    total.budget_line or 1,
                    self._lines(ls, path),
                    codec,
                )
                by_uri.setdefault(path.as_uri(), []).append(diag)
        for total in self.totals.values():
            water = self._water_diagnostic(ls, total, errors)
            if water is not None:
                by_uri.setdefault(water[0], []).append(water[1])
        for uri, items in by_uri.items():
            ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=items))
        self._published = {uri for uri, items in by_uri.items() if items}

    def _water_diagnostic(
        self, ls: LanguageServer, total: FolderTotal, errors: dict[Path, Any]
    ) -> tuple[str, T.Diagnostic] | None:
        """(uri, Warning) on the ``budget.water_l`` line when the folder is over its water cap, else None."""
        if not (total.over_water and total.config_path and total.water_budget_l):
            return None
        path = Path(total.config_path).resolve()
        if path in errors:
            return None
        lines = self._lines(ls, path)
        codec = ls.workspace.position_codec
        diag = diagnostics.over_water_diagnostic(
            total.water_l, total.water_budget_l, total.period, total.water_line or 1, lines, codec
        )
        return path.as_uri(), diag

    async def run_total(self, ls: LanguageServer) -> None:
        """Scan every workspace folder in the background and send ``rice/workspaceTotal``."""
        settings = self.session.settings
        roots = self.session.configs.roots
        if not (settings.enable and settings.workspace_scan and roots):
            self.publish_config_diagnostics(ls)
            return
        self._cancel.set()
        self._cancel = cancel = threading.Event()
        self._runs += 1
        token = f"rice-workspace-total-{self._runs}"
        report = await self._begin_progress(ls, token)
        try:
            totals = await self._scan_folders(roots, _ThreadSafeProgress(asyncio.get_running_loop(), report, cancel))
        except ScanCancelled:
            return
        finally:
            if report is not None:
                ls.work_done_progress.end(token, T.WorkDoneProgressEnd(message="done"))
        self.totals = totals
        ls.protocol.notify(workspace_total.NOTIFICATION, workspace_total.combine(list(totals.values())))
        self.publish_config_diagnostics(ls)

    async def _scan_folders(self, roots: list[Path], progress: _ThreadSafeProgress) -> dict[Path, FolderTotal]:
        loop = asyncio.get_running_loop()
        totals = {}
        for root in roots:
            config = self.session.config_of_root(root)
            progress.label = root.name
            try:
                totals[root] = await loop.run_in_executor(
                    self.executor, workspace_total.folder_total, root, config, progress
                )
            except ScanCancelled:
                raise
            except Exception:  # a failed folder scan leaves the others standing
                log.exception("workspace scan of %s failed", root)
        return totals

    async def _begin_progress(self, ls: LanguageServer, token: str) -> Any:
        window = ls.client_capabilities.window
        if not (window and window.work_done_progress):
            return None
        try:
            # shielded: a newer run cancels this task, and pygls fails on the reply to a cancelled request
            await asyncio.shield(ls.work_done_progress.create_async(token))
        except Exception:  # the client refused the token: scan without progress
            log.info("client refused progress token %s", token, exc_info=True)
            return None
        ls.work_done_progress.begin(token, T.WorkDoneProgressBegin(title="R-ICE: workspace CO₂e", percentage=0))

        def report(message: str, percentage: int | None) -> None:
            ls.work_done_progress.report(token, T.WorkDoneProgressReport(message=message, percentage=percentage))

        return report


class ScanCancelled(Exception):
    """Raised from the progress callback to stop a scan that is no longer wanted."""


class _ThreadSafeProgress:
    """The scanner's ``progress(done, total)`` callback, called in the worker thread: reports ``$/progress`` at most
    every 0.2 s, and stops the scan (by raising) once the run is cancelled."""

    def __init__(self, loop: asyncio.AbstractEventLoop, report: Any, cancel: threading.Event) -> None:
        self._loop, self._report, self._cancel, self._last = loop, report, cancel, 0.0
        self.label = ""

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise ScanCancelled
        now = time.monotonic()
        if self._report is None or now - self._last < PROGRESS_EVERY_S:
            return
        self._last = now
        percentage = min(99, int(100 * done / total)) if total else None
        message = f"{self.label}: {done:,}/{total:,} files" if total else self.label
        self._loop.call_soon_threadsafe(self._report, message, percentage)
