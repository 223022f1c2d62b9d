"""Per-document analysis: cached by (uri, version), computed in worker threads, debounced on change.

Requests never wait long: when a fresh analysis is not ready within ``wait_s`` they get the last finished one
for the URI (or nothing), so a 5 MB file or a slow parse never blocks hovers and hints elsewhere.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from pathlib import Path

from pygls.uris import to_fs_path

from rice_lsp.analysis import DocumentAnalysis

log = logging.getLogger(__name__)

LANGUAGE_SUFFIX = {
    "python": ".py",
    "javascript": ".js",
    "typescript": ".ts",
    "javascriptreact": ".jsx",
    "typescriptreact": ".tsx",
    "jinja": ".jinja",
    "yaml": ".yaml",
    "prompty": ".prompty",
}


def uri_path(uri: str) -> Path | None:
    """The file-system path of a ``file:`` URI; None for untitled and other in-memory documents."""
    if not uri.startswith("file:"):
        return None
    fs_path = to_fs_path(uri)
    return Path(fs_path) if fs_path else None


def scan_path(uri: str, language_id: str | None, root: Path | None) -> str:
    """The path the scanner sees: relative to the folder root; for untitled documents a name with the language's suffix."""
    path = uri_path(uri)
    if path is None:
        name = uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled"
        suffix = LANGUAGE_SUFFIX.get(language_id or "", "")
        return name if not suffix or name.endswith(suffix) else f"{name}{suffix}"
    if root is not None:
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


# Reads the configuration and text of a document's current version (on the event loop) and returns the analysis
# to run in a worker thread.
Prepare = Callable[[], Callable[[], DocumentAnalysis]]


class AnalysisCache:
    """Futures of analyses keyed by URI and version; only the latest version of each URI is kept.

    Settings and configuration changes invalidate it, so a cached version's analysis is current: ``prepare`` is
    called only when a version has none yet.
    """

    def __init__(self, executor: Executor) -> None:
        self._executor = executor
        self._pending: dict[str, tuple[int | None, asyncio.Future[DocumentAnalysis]]] = {}
        self._latest: dict[str, tuple[int | None, DocumentAnalysis]] = {}

    def invalidate(self, uri: str | None = None) -> None:
        """Forget one URI's analyses (closed document) or all of them (configuration or settings changed)."""
        if uri is None:
            self._pending.clear()
            self._latest.clear()
        else:
            self._pending.pop(uri, None)
            self._latest.pop(uri, None)

    def latest(self, uri: str) -> DocumentAnalysis | None:
        entry = self._latest.get(uri)
        return entry[1] if entry else None

    def future(self, uri: str, version: int | None, prepare: Prepare) -> asyncio.Future[DocumentAnalysis]:
        entry = self._pending.get(uri)
        if entry is not None and entry[0] == version:
            return entry[1]
        future = asyncio.get_running_loop().run_in_executor(self._executor, prepare())
        self._pending[uri] = (version, future)
        future.add_done_callback(lambda f: self._done(uri, version, f))
        return future

    def _done(self, uri: str, version: int | None, future: asyncio.Future[DocumentAnalysis]) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        if self._pending.get(uri, (None, None))[1] is future:
            self._latest[uri] = (version, future.result())

    async def get(
        self,
        uri: str,
        version: int | None,
        prepare: Prepare,
        wait_s: float,
        first_wait_s: float = 30.0,
    ) -> DocumentAnalysis | None:
        """The analysis of this version, or the last finished one when it takes longer than ``wait_s``.

        With no previous analysis to answer with (a document just opened, the server still starting), wait up to
        ``first_wait_s`` instead.
        """
        future = self.future(uri, version, prepare)
        timeout_s = wait_s if uri in self._latest else max(wait_s, first_wait_s)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout_s)
        except asyncio.TimeoutError:
            log.info("analysis of %s v%s still running; answering with the previous one", uri, version)
            return self.latest(uri)
        except asyncio.CancelledError:
            if not future.cancelled():  # this request itself was cancelled ($/cancelRequest, shutdown)
                raise
            log.info("analysis of %s v%s was cancelled; answering with the previous one", uri, version)
            return self.latest(uri)


class Debouncer:
    """Run the latest scheduled coroutine per key after a quiet period; a new schedule cancels the pending one."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def schedule(self, key: str, delay_s: float, action: Callable[[], Awaitable[None]]) -> None:
        self.cancel(key)
        self._tasks[key] = asyncio.get_running_loop().create_task(self._run(key, delay_s, action))

    def cancel_all(self) -> None:
        for key in list(self._tasks):
            self.cancel(key)

    def cancel(self, key: str) -> None:
        task = self._tasks.pop(key, None)
        if task is not None:
            task.cancel()

    async def _run(self, key: str, delay_s: float, action: Callable[[], Awaitable[None]]) -> None:
        try:
            await asyncio.sleep(delay_s)
            await action()
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed refresh is logged; the next change schedules a new one
            log.exception("refresh of %s failed", key)
        finally:
            if self._tasks.get(key) is asyncio.current_task():
                del self._tasks[key]
