"""Cross-module resolution in the JS/TS scanner (issue 11, X11): provider models, clients and option helpers made in
another module of the app — reached through `tsconfig.json`/`jsconfig.json` `paths` and `baseUrl` (with comments,
trailing commas and `extends`), barrels (`export *`, `export { default as x }`) and relative imports — resolve to
that module's literal (unless the test file replaces that module with `vi.mock`/`jest.mock`); the literal's span is never taken into the scanned file; every file read is a cache
dependency; nothing outside the repository is read. Fixtures: `corpus/cross_module/webapp/` (written for this)."""

from __future__ import annotations

from pathlib import Path

from rice_core.scan import scan_paths
from rice_core.scan.js import scan_js_source
from rice_core.scan.js.tsconfig import Aliases, aliases_for, strip_jsonc

from .helpers import CORPUS

WEBAPP = CORPUS / "cross_module" / "webapp"

# file under src/, line, sdk, api, model, model_source, output tokens, output_tokens_source
EXPECTED = [
    ("agents/echo.ts", 3, "langchain", "invoke", "gpt-4o-mini", "client", 200, "argument"),
    ("agents/translate.ts", 4, "langchain", "invoke", "claude-3-5-haiku-latest", "client", 300, "argument"),
    ("agents/translate.ts", 5, "langchain", "invoke", "claude-3-7-sonnet-20250219", "client", 300, "config-default"),
    ("agents/support.ts", 7, "langchain", "invoke", "gpt-4o", "client", 400, "argument"),
    ("app/api/classify/route.ts", 6, "vercel-ai", "generateText", "gpt-4.1-nano", "constant", 300, "config-default"),
    ("app/api/classify/route.ts", 7, "vercel-ai", "generateText", "gpt-4.1-mini", "wrapper-default", 300,
     "config-default"),
    ("app/api/draft/route.ts", 6, "vercel-ai", "generateText", "claude-3-7-sonnet-20250219", "constant", 300,
     "config-default"),
    ("app/api/quick/route.ts", 6, "vercel-ai", "streamText", "gpt-4o-mini", "constant", 256, "argument"),
    ("app/api/summary/route.ts", 5, "google-generativeai", "generateContent", "gemini-2.0-flash", "client", 512,
     "generation-config"),
    ("server/outline.ts", 6, "vercel-ai", "generateObject", "claude-3-7-sonnet-20250219", "constant", 300,
     "config-default"),
]  # fmt: skip


def _scan_webapp() -> dict[tuple[str, int], object]:
    found = {}
    for path in sorted((WEBAPP / "src").rglob("*.ts")):
        sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), None)
        for site in sites:
            found[(path.relative_to(WEBAPP / "src").as_posix(), site.line)] = site
    return found


def test_models_and_options_from_other_modules() -> None:
    found = _scan_webapp()
    got = sorted(
        (path, line, s.sdk, s.api, s.model, s.model_source, s.output_tokens, s.output_tokens_source)
        for (path, line), s in found.items()
    )
    assert got == sorted(EXPECTED)


def test_a_literal_in_another_file_gives_no_span_here() -> None:
    found = _scan_webapp()
    assert all(site.model_span is None for site in found.values())


def test_files_read_are_dependencies_through_the_barrel_and_the_config_chain() -> None:
    draft = _scan_webapp()[("app/api/draft/route.ts", 6)]
    deps = {Path(p).relative_to(WEBAPP.resolve()).as_posix() for p in draft.extra["module_files"]}
    assert deps == {"src/lib/ai/index.ts", "src/lib/ai/models.ts", "tsconfig.json", "tsconfig.base.json"}
    assert set(draft.extra["module_files"]) <= set(draft.extra["prompt_files"])  # the cache's dependency key


def test_jsonc_config_with_comments_trailing_commas_and_urls() -> None:
    text = '{\n // c\n "a": "http://x//y", /* b */ "b": [1, 2,],\n}'
    assert strip_jsonc(text) == '{\n \n "a": "http://x//y",  "b": [1, 2]\n}'


def test_most_specific_alias_first_then_base_url() -> None:
    aliases = Aliases((("@/*", ("/r/src/*",)), ("@/lib/*", ("/r/lib/*",))), "/r")
    assert [p.as_posix() for p in aliases.targets("@/lib/ai")] == ["/r/lib/ai", "/r/src/lib/ai", "/r/@/lib/ai"]
    assert [p.as_posix() for p in aliases.targets("src/x")] == ["/r/src/x"]
    assert aliases.targets("./x") == []


def test_config_extends_are_read(tmp_path: Path) -> None:
    (tmp_path / "base.json").write_text('{"compilerOptions": {"baseUrl": "./app", "paths": {"#m/*": ["m/*"]}}}')
    (tmp_path / "tsconfig.json").write_text('{"extends": "./base.json", // x\n}')
    aliases = aliases_for(tmp_path / "tsconfig.json", tmp_path)
    assert aliases.base_url == str(tmp_path / "app")
    assert [p.as_posix() for p in aliases.targets("#m/ai")][:1] == [(tmp_path / "app" / "m" / "ai").as_posix()]
    assert aliases.files == (str(tmp_path / "tsconfig.json"), str(tmp_path / "base.json"))


def _project(root: Path, files: dict[str, str]) -> None:
    (root / ".git").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


ROUTE = (
    'import { generateText } from "ai";\nimport { model } from "@/lib/ai";\ngenerateText({ model, prompt: "Hi" });\n'
)


def test_editing_the_exporting_module_invalidates_the_cache(tmp_path: Path) -> None:
    _project(
        tmp_path,
        {
            "tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}',
            "src/lib/ai.ts": 'import { openai } from "@ai-sdk/openai";\nexport const model = openai("gpt-4o");\n',
            "src/route.ts": ROUTE,
        },
    )
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4o"]
    (tmp_path / "src/lib/ai.ts").write_text(
        'import { openai } from "@ai-sdk/openai";\nexport const model = openai("gpt-4.1-nano"); // changed\n'
    )
    assert [c.model for c in scan_paths([str(tmp_path)]).calls] == ["gpt-4.1-nano"]


def test_aliases_never_lead_outside_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    _project(
        repo,
        {"tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["../outside/*"]}}}', "route.ts": ROUTE},
    )
    (tmp_path / "outside" / "lib").mkdir(parents=True)
    (tmp_path / "outside" / "lib" / "ai.ts").write_text(
        'import { openai } from "@ai-sdk/openai";\nexport const model = openai("gpt-4o");\n'
    )
    sites, _ = scan_js_source(ROUTE, str(repo / "route.ts"), None)
    assert [(s.model_source, s.extra.get("module_files")) for s in sites] == [("config-default", None)]


def test_re_export_cycles_end(tmp_path: Path) -> None:
    _project(tmp_path, {"a.ts": 'export * from "./b";\n', "b.ts": 'export * from "./a";\n'})
    text = 'import { generateText } from "ai";\nimport { model } from "./a";\ngenerateText({ model, prompt: "Hi" });\n'
    sites, _ = scan_js_source(text, str(tmp_path / "route.ts"), None)
    assert [s.model_source for s in sites] == ["config-default"]


def test_calls_on_mocked_modules_and_mock_models_are_not_requests() -> None:
    path = WEBAPP / "tests" / "draft.test.ts"
    sites, _ = scan_js_source(path.read_text(encoding="utf-8"), str(path), None)
    assert sites == []
    unmocked = path.read_text(encoding="utf-8").replace('vi.mock("@/lib/ai"', 'vi.mock("@/lib/other"')
    sites, _ = scan_js_source(unmocked, str(path), None)
    assert [(s.line, s.model) for s in sites] == [(13, "claude-3-7-sonnet-20250219")]  # the inline mock stays out
