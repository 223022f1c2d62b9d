"""A request waiting for an analysis gets an answer even when the debounced publish sharing that analysis is cancelled.

Found under CPU load: ``initialized``'s settings pull (or a settings change) re-ran ``refresh_all`` while an inlay-hint
request and the document's first publish waited on the same analysis future; rescheduling cancelled the publish task,
the cancellation reached the shared future, and the request was answered with ``RequestCancelled``.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

from rice_lsp.analysis import DocumentAnalysis
from rice_lsp.documents import AnalysisCache
from rice_lsp.session import Session

URI = "file:///work/app.py"


def _fake_server(published: list[Any]) -> Any:
    doc = SimpleNamespace(uri=URI, version=1, source="", language_id="python", lines=[], position_codec=None)
    return SimpleNamespace(
        workspace=SimpleNamespace(text_documents={URI: doc}),
        text_document_publish_diagnostics=published.append,
        window_log_message=lambda params: None,
    )


async def _wait_for(condition: Any, timeout_s: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        assert loop.time() < deadline, "condition not met"
        await asyncio.sleep(0.01)


async def test_cancelling_the_debounced_publish_does_not_cancel_a_waiting_request() -> None:
    session = Session()
    release, started = threading.Event(), threading.Event()

    def compute() -> DocumentAnalysis:
        started.set()
        release.wait(20)
        return DocumentAnalysis("app.py")

    session._compute = lambda doc: compute  # type: ignore[method-assign]
    published: list[Any] = []
    ls = _fake_server(published)
    try:
        session.schedule(ls, URI, 0)  # didOpen: the publish starts the analysis
        await _wait_for(started.is_set)
        request = asyncio.ensure_future(session.analysis(ls, URI))  # a hover while it runs: same future
        await asyncio.sleep(0)
        session.schedule(ls, URI, 0)  # refresh_all reschedules: cancels the first publish
        await asyncio.sleep(0)
        release.set()
        found = await asyncio.wait_for(request, 20)
        assert found is not None and found[1].path == "app.py"
        await _wait_for(lambda: published)  # the rescheduled publish still publishes
    finally:
        release.set()
        session.close()


async def test_a_request_whose_analysis_was_cancelled_answers_with_the_previous_one() -> None:
    with ThreadPoolExecutor(max_workers=1) as executor:
        cache = AnalysisCache(executor)
        previous = DocumentAnalysis("v1.py")
        assert await cache.get(URI, 1, lambda: lambda: previous, wait_s=20) is previous
        release = threading.Event()
        blocker = executor.submit(release.wait, 20)  # keeps the v2 analysis queued, so that it can be cancelled
        future = cache.future(URI, 2, lambda: lambda: DocumentAnalysis("v2.py"))
        request = asyncio.ensure_future(cache.get(URI, 2, lambda: lambda: DocumentAnalysis("v2.py"), wait_s=20))
        await asyncio.sleep(0)
        future.cancel()  # what executor.shutdown(cancel_futures=True) does to queued work at shutdown
        assert await asyncio.wait_for(request, 20) is previous
        release.set()
        blocker.result(20)


async def test_a_cancelled_request_still_stops() -> None:
    with ThreadPoolExecutor(max_workers=1) as executor:
        cache = AnalysisCache(executor)
        release = threading.Event()
        request = asyncio.ensure_future(cache.get(URI, 1, lambda: lambda: release.wait(20) and None, wait_s=20))  # type: ignore[arg-type, func-returns-value]
        await asyncio.sleep(0.05)
        request.cancel()  # $/cancelRequest from the client
        try:
            await request
        except asyncio.CancelledError:
            pass
        assert request.cancelled()
        release.set()
