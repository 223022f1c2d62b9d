"""Language-server speed over a real stdio session (pygls' client → ``python -m rice_lsp``).

A generated 2,000-line Python file with 50 LLM calls; prints p50/p95 of inlay-hint and hover requests (on a cached
analysis, and an inlay-hint request sent right after a change), didChange → fresh diagnostics (debounce included),
server start → first diagnostics with the server's CPU time until then, and the server's resident memory.

    python benchmarks/bench_lsp.py [--rounds 200] [--changes 20]

Exit code 0 when every figure meets its target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from lsprotocol import types as T
from pygls.lsp.client import LanguageClient

TARGETS = {
    "inlay_hint_p95_ms": 30.0,
    "hover_p95_ms": 30.0,
    "change_to_diagnostics_p95_ms": 300.0,
    "start_to_first_diagnostics_ms": 1500.0,
    "rss_mb": 250.0,
}
MODELS = ("gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet-20240620", "gpt-4.1", "o3-mini")


def generate_source(lines: int = 2_000, calls: int = 50) -> tuple[str, list[int]]:
    """A realistic-looking module: helpers and data between ``calls`` chat calls; returns text and 0-based call lines."""
    out = ["from openai import OpenAI", "", "client = OpenAI()", ""]
    call_lines: list[int] = []
    filler_per_call = (lines - 4) // calls - 8
    for i in range(calls):
        for j in range(filler_per_call):
            out.append(f"def helper_{i}_{j}(value):" if j % 4 == 0 else f"    value = value * {j} + {i}  # step {j}")
        out += ["", f"def ask_{i}(question):"]
        call_lines.append(len(out))
        out += [
            "    return client.chat.completions.create(",
            f'        model="{MODELS[i % len(MODELS)]}",',
            f'        messages=[{{"role": "system", "content": "You are assistant number {i}."}},',
            '                  {"role": "user", "content": question}],',
            f"        max_tokens={100 + 10 * i},",
            "    )",
        ]
    while len(out) < lines:
        out.append(f"# trailing comment {len(out)}")
    return "\n".join(out) + "\n", call_lines


def percentile_ms(samples_s: list[float], pct: float) -> float:
    ordered = sorted(samples_s)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index] * 1_000


async def timed(samples: list[float], request: Callable[[], Awaitable[Any]]) -> Any:
    started = time.perf_counter()
    result = await request()
    samples.append(time.perf_counter() - started)
    return result


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far: a figure that machine load does not inflate."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Bench:
    def __init__(self, root: Path, uri: str) -> None:
        self.root, self.uri = root, uri
        self.client = LanguageClient("rice-bench", "1")
        self.versions: dict[int, float] = {}  # document version → time its diagnostics arrived

        @self.client.feature(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _diagnostics(params: T.PublishDiagnosticsParams) -> None:
            if params.uri == self.uri and params.version is not None:
                self.versions.setdefault(params.version, time.perf_counter())

        @self.client.feature("rice/workspaceTotal")
        def _total(params: Any) -> None:
            return None

    async def wait_version(self, version: int, timeout_s: float = 30.0) -> float:
        deadline = time.perf_counter() + timeout_s
        while version not in self.versions:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for version {version}")
            await asyncio.sleep(0.001)
        return self.versions[version]


async def run(rounds: int, changes: int, log_file: str | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "rice.yaml").write_text("volume:\n  default: 1000/day\nbudget:\n  co2e_kg: 100\n", encoding="utf-8")
        text, call_lines = generate_source()
        (root / "bench_app.py").write_text(text, encoding="utf-8")
        uri = (root / "bench_app.py").as_uri()
        bench = Bench(root, uri)
        client = bench.client
        started = time.perf_counter()
        log_args = ["--log-file", log_file, "--log-level", "INFO"] if log_file else ["--log-level", "ERROR"]
        await client.start_io(sys.executable, "-m", "rice_lsp", *log_args)
        await client.initialize_async(
            T.InitializeParams(
                capabilities=T.ClientCapabilities(),
                root_uri=root.as_uri(),
                workspace_folders=[T.WorkspaceFolder(root.as_uri(), "bench")],
                initialization_options={"workspaceScan": False},
            )
        )
        client.initialized(T.InitializedParams())
        client.text_document_did_open(T.DidOpenTextDocumentParams(T.TextDocumentItem(uri, "python", 1, text)))
        first_diagnostics_s = await bench.wait_version(1) - started
        start_cpu_s = cpu_s(client._server.pid)  # type: ignore[union-attr]

        doc = T.TextDocumentIdentifier(uri)
        hint_samples: list[float] = []
        hover_samples: list[float] = []
        hints = []
        for i in range(rounds):
            hints = await timed(
                hint_samples,
                lambda: client.text_document_inlay_hint_async(
                    T.InlayHintParams(doc, T.Range(T.Position(0, 0), T.Position(len(call_lines) * 40, 0)))
                ),
            )
            position = T.Position(call_lines[i % len(call_lines)] + 1, 12)
            await timed(
                hover_samples, functools.partial(client.text_document_hover_async, T.HoverParams(doc, position))
            )

        change_samples: list[float] = []
        cpu_before_changes_s = cpu_s(client._server.pid)  # type: ignore[union-attr]
        for version in range(2, changes + 2):
            new_text = (
                text.replace('"gpt-4o-mini"', '"gpt-4o"' if version % 2 else '"gpt-4o-mini"', 1) + f"# v{version}\n"
            )
            sent = time.perf_counter()
            client.text_document_did_change(
                T.DidChangeTextDocumentParams(
                    T.VersionedTextDocumentIdentifier(version=version, uri=uri),
                    [T.TextDocumentContentChangeWholeDocument(new_text)],
                )
            )
            change_samples.append(await bench.wait_version(version) - sent)

        cpu_per_change_s = (cpu_s(client._server.pid) - cpu_before_changes_s) / changes  # type: ignore[union-attr]
        fresh_hint_samples: list[float] = []  # a hint request right after a change: no cached analysis
        hint_range = T.Range(T.Position(0, 0), T.Position(len(call_lines) * 40, 0))
        for version in range(changes + 2, 2 * changes + 2):
            client.text_document_did_change(
                T.DidChangeTextDocumentParams(
                    T.VersionedTextDocumentIdentifier(version=version, uri=uri),
                    [T.TextDocumentContentChangeWholeDocument(text + f"# v{version}\n")],
                )
            )
            await timed(
                fresh_hint_samples,
                functools.partial(client.text_document_inlay_hint_async, T.InlayHintParams(doc, hint_range)),
            )
            await bench.wait_version(version)

        memory = rss_mb(client._server.pid)  # type: ignore[union-attr]
        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()
    return {
        "calls_hinted": float(len(hints or [])),
        "inlay_hint_p50_ms": percentile_ms(hint_samples, 50),
        "inlay_hint_p95_ms": percentile_ms(hint_samples, 95),
        "hover_p50_ms": percentile_ms(hover_samples, 50),
        "hover_p95_ms": percentile_ms(hover_samples, 95),
        "inlay_hint_after_change_p50_ms": percentile_ms(fresh_hint_samples, 50),
        "inlay_hint_after_change_p95_ms": percentile_ms(fresh_hint_samples, 95),
        "change_to_diagnostics_p50_ms": percentile_ms(change_samples, 50),
        "change_to_diagnostics_p95_ms": percentile_ms(change_samples, 95),
        "server_cpu_per_change_ms": cpu_per_change_s * 1_000,
        "start_to_first_diagnostics_ms": first_diagnostics_s * 1_000,
        "server_cpu_until_first_diagnostics_ms": start_cpu_s * 1_000,
        "rss_mb": memory,
    }


def report(figures: dict[str, float]) -> bool:
    ok = figures["calls_hinted"] == 50
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"file: 2,000 lines, 50 LLM calls; hints returned: {figures['calls_hinted']:.0f}; "
        f"load average {load} on {os.cpu_count()} CPUs"
    )
    for name, value in figures.items():
        if name == "calls_hinted":
            continue
        target = TARGETS.get(name)
        verdict = "" if target is None else ("  ok" if value < target else "  OVER TARGET") + f" (target < {target:g})"
        ok = ok and (target is None or value < target)
        print(f"{name:40s} {value:9.1f}{verdict}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="inlay-hint and hover requests (default 200)")
    parser.add_argument("--changes", type=int, default=20, help="didChange → diagnostics round trips (default 20)")
    parser.add_argument("--server-log", metavar="PATH", help="let the server log at INFO level to this file")
    args = parser.parse_args(argv)
    return 0 if report(asyncio.run(run(args.rounds, args.changes, args.server_log))) else 1


if __name__ == "__main__":
    sys.exit(main())
