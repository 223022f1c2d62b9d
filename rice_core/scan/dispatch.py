"""Pick the front end for a file: Python, JS/TS (``rice_core.scan.js``, imported lazily) or prompt files."""

from __future__ import annotations

import importlib
import inspect

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite
from rice_core.scan.prompt_files import is_prompt_file, scan_prompt_file

JS_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".mts", ".cts")
PY_SUFFIXES = (".py",)


def language_of(path: str | None, language: str | None = None) -> str | None:
    """ "python", "javascript", "prompt" or None (not scanned). Type stubs (.pyi) are never scanned."""
    if language:
        lang = language.lower()
        return {
            "py": "python",
            "typescript": "javascript",
            "typescriptreact": "javascript",
            "js": "javascript",
            "javascriptreact": "javascript",
            "ts": "javascript",
        }.get(lang, lang)
    if path is None or path.startswith("<"):
        return "python"
    lower = path.lower()
    if lower.endswith(PY_SUFFIXES):
        return "python"
    if lower.endswith(".ipynb"):
        return "notebook"
    if lower.endswith(JS_SUFFIXES) and not lower.endswith(".d.ts"):
        return "javascript"
    if is_prompt_file(lower):
        return "prompt"
    return None


def scan_text(
    text: str, path: str | None, config: RiceConfig, language: str | None, root: str | None
) -> tuple[list[CallSite], list[Problem]]:
    lang = language_of(path, language)
    if lang == "python":
        from rice_core.scan.python.bounded import scan_python_bounded

        return scan_python_bounded(text, path, config, root)
    if lang == "notebook":
        from rice_core.scan.python.notebooks import scan_notebook

        return scan_notebook(text, path or "<untitled>", config, root)
    if lang == "javascript":
        return _scan_js(text, path or "<untitled>", config, root)
    if lang == "prompt":
        return scan_prompt_file(text, path or "<untitled>", config), []
    return [], []


def _scan_js(text: str, path: str, config: RiceConfig, root: str | None) -> tuple[list[CallSite], list[Problem]]:
    try:
        module = importlib.import_module("rice_core.scan.js")
        scan_js_source = module.scan_js_source
    except (ImportError, AttributeError):
        return [], [Problem("frontend-missing", "The JavaScript/TypeScript front end is not installed.", "info")]
    takes_root = "root" in inspect.signature(scan_js_source).parameters
    calls, problems = (
        scan_js_source(text, path, config, root=root) if takes_root else scan_js_source(text, path, config)
    )
    return list(calls), list(problems)
