"""Prompt files and imported constants are read from the repository only, and recorded for the scan cache."""

from __future__ import annotations

from pathlib import Path

from rice_core.scan.js import scan_js_source
from rice_core.tokens import count_text

PROMPT = "You are a release-notes writer. Group changes by area and keep each bullet short."


def _repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir(parents=True)
    (tmp_path / "package.json").write_text("{}")
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "notes.txt").write_text(PROMPT)
    (tmp_path / "src").mkdir()
    return tmp_path


def _scan(repo: Path, rel: str, text: str, root: bool = True):
    (repo / rel).write_text(text)
    path = rel if root else str(repo / rel)
    return scan_js_source(text, path, None, str(repo) if root else None)[0]


def _generate(prompt_expr: str, head: str = "") -> str:
    return (
        'import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\n'
        + head
        + f'await generateText({{ model: openai("gpt-4o"), prompt: {prompt_expr} }});\n'
    )


def test_read_file_sync_with_dirname_join(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    head = 'import fs from "node:fs";\nimport path from "node:path";\n'
    [site] = _scan(
        repo, "src/a.ts", _generate('fs.readFileSync(path.join(__dirname, "../prompts/notes.txt"), "utf8")', head)
    )
    assert (site.prompt_source, site.prompt_tokens) == ("file", count_text(PROMPT, "gpt-4o"))
    assert site.extra["prompt_files"] == [str((repo / "prompts" / "notes.txt").resolve())]


def test_cwd_relative_url_and_absolute_path_forms(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    head = 'import { readFileSync } from "fs";\nconst P = readFileSync(new URL("../prompts/notes.txt", import.meta.url), "utf8");\n'
    forms = [
        _generate('readFileSync("prompts/notes.txt", "utf8")', 'import { readFileSync } from "fs";\n'),
        _generate(
            'readFileSync(join(process.cwd(), "prompts", "notes.txt"), "utf8").trim()',
            'import { readFileSync } from "fs";\nimport { join } from "path";\n',
        ),
        _generate("P", head),
    ]
    for i, text in enumerate(forms):
        [site] = _scan(repo, f"src/f{i}.mjs", text, root=bool(i % 2))
        assert site.prompt_source == "file", text


def test_files_outside_the_repository_are_never_read(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("TOP SECRET " * 50)
    repo = _repo(tmp_path / "repo")
    head = 'import fs from "fs";\nimport path from "path";\n'
    for expr in [
        'fs.readFileSync(path.join(__dirname, "../../secret.txt"), "utf8")',
        f'fs.readFileSync("{outside}", "utf8")',
    ]:
        [site] = _scan(repo, "src/x.ts", _generate(expr, head))
        assert site.prompt_source == "default" and "prompt_files" not in site.extra


def test_in_memory_text_reads_nothing() -> None:
    text = _generate('fs.readFileSync("prompts/notes.txt", "utf8")', 'import fs from "fs";\n')
    [site] = scan_js_source(text, "<untitled>", None)[0]
    assert site.prompt_source == "default"


def test_constants_imported_from_sibling_modules(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "src" / "config.ts").write_text(
        'const FAMILY = "gpt-4.1";\nexport const MODEL = `${FAMILY}-mini`;\nexport const LIMITS = { out: 321 };\n'
    )
    (repo / "src" / "lib").mkdir()
    (repo / "src" / "lib" / "index.ts").write_text('export const SYSTEM = "Reply in French.";\n')
    text = (
        'import OpenAI from "openai";\nimport { MODEL, LIMITS } from "../config.js";\nimport { SYSTEM } from "@/lib";\n'
        "const c = new OpenAI();\n"
        'c.chat.completions.create({ model: MODEL, max_tokens: LIMITS.out, messages: [{ role: "system", content: SYSTEM }] });\n'
    )
    (repo / "src" / "app").mkdir()
    [site] = _scan(repo, "src/app/route.ts", text)
    assert (site.model, site.model_source, site.output_tokens, site.prompt_source) == (
        "gpt-4.1-mini",
        "template",
        321,
        "literal",
    )
    assert set(site.extra["module_files"]) == {
        str((repo / "src" / "config.ts").resolve()),
        str((repo / "src" / "lib" / "index.ts").resolve()),
    }
