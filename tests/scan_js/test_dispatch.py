"""The scanner's public API sends JS/TS files to this front end: `scan_source`, `scan_paths`, pricing."""

from __future__ import annotations

from pathlib import Path

from rice_core.config import RiceConfig
from rice_core.scan import scan_paths, scan_source
from rice_core.scan.pricing import price_calls

TS = (
    'import Anthropic from "@anthropic-ai/sdk";\nconst claude = new Anthropic();\n'
    "export async function POST() {\n"
    '  return claude.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 200, '
    'messages: [{ role: "user", content: "Summarise the release notes." }] });\n}\n'
)
PY = 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n'


def test_scan_source_dispatches_typescript_by_suffix() -> None:
    [site] = scan_source(TS, "app/api/route.ts")
    assert (site.language, site.sdk, site.model, site.line) == ("typescript", "anthropic", "claude-3-5-haiku-latest", 4)


def test_scan_paths_mixed_tree_and_pricing(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "route.ts").write_text(TS)
    (tmp_path / "web" / "types.d.ts").write_text("declare function generateText(p: { model: string }): string;\n")
    (tmp_path / "svc.py").write_text(PY)
    result = scan_paths([str(tmp_path)], root=str(tmp_path), use_cache=False, workers=1)
    assert sorted((c.path, c.language) for c in result.calls) == [("svc.py", "python"), ("web/route.ts", "typescript")]
    priced = price_calls([c for c in result.calls if c.language == "typescript"], RiceConfig())
    assert priced[0].estimate.co2e_g > 0
