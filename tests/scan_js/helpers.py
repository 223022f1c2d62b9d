"""Helpers for the JS/TS scanner tests: scan a snippet in memory or a file of the fixture corpus."""

from __future__ import annotations

from pathlib import Path

from rice_core.config import RiceConfig
from rice_core.scan.callsite import CallSite
from rice_core.scan.js import scan_js_source

CORPUS = Path(__file__).parent / "corpus"


def scan(text: str, path: str = "snippet.ts", config: RiceConfig | None = None) -> list[CallSite]:
    sites, _problems = scan_js_source(text, path, config)
    return sites


def only(text: str, path: str = "snippet.ts", config: RiceConfig | None = None) -> CallSite:
    sites = scan(text, path, config)
    assert len(sites) == 1, [f"{s.line}:{s.sdk}:{s.api}" for s in sites]
    return sites[0]


def codes(site: CallSite) -> set[str]:
    return {w.code for w in site.warnings}


def fixture_sites(rel: str) -> list[tuple[int, str, str, str | None, str]]:
    """(line, sdk, api, model, model source) of each call in corpus file ``rel``, scanned with the corpus as root."""
    path = CORPUS / rel
    sites, problems = scan_js_source(path.read_text(encoding="utf-8"), str(path), root=str(CORPUS))
    assert problems == []
    return [(s.line, s.sdk, s.api, s.model, s.model_source) for s in sites]
