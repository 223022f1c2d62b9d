"""JavaScript/TypeScript front end of the scanner (tree-sitter): `scan_js_source(text, path, config)`.

Files that mention no LLM SDK are rejected by a substring test before parsing. Broken code still yields the
calls in the parts that parse; bad input gives ``Problem`` records (file-unreadable, file-too-large,
syntax-error), never an exception. The analysed code is never imported or executed.
"""

from __future__ import annotations

import re

from rice_core.config import RiceConfig
from rice_core.problems import Problem
from rice_core.scan.callsite import CallSite
from rice_core.scan.js.parse import JS_SUFFIXES, grammar_for, language_name

__all__ = ["JS_SUFFIXES", "MAX_FILE_BYTES", "TRIGGER_WORDS", "is_js_path", "mentions_llm_sdk", "scan_js_source"]

# Extra words for the scanner's byte pre-filter (rice_core.scan.prefilter) that JS/TS LLM code may contain.
TRIGGER_WORDS: tuple[str, ...] = (
    "generateObject",
    "streamObject",
    "generateContent",
    "messages.create",
    "messages.stream",
    "ai-sdk-provider",
    "Ollama",
    "Mistral",
    "/v1/messages",
    "/v1/responses",
    "11434",
)

MAX_FILE_BYTES = 2_000_000
_SDK_HINT = re.compile(
    r"openai|anthropic|@ai-sdk|ai-sdk-provider|[\"']ai[\"']|langchain|genai|generative-ai|mistral|ollama|groq"
    r"|completions|messages\.(?:create|stream)|generateContent|generateText|streamText|generate_?Object|streamObject"
    r"|/v1/messages|/v1/responses|11434|cohere|bedrock|llamaindex|\.invoke\(|api-inference\.huggingface|hf-inference"
    r"|@huggingface/transformers|@xenova/transformers",
    re.IGNORECASE,
)


def is_js_path(path: str | None) -> bool:
    """True for .js .mjs .cjs .jsx .ts .mts .cts .tsx paths."""
    return bool(path) and any(str(path).lower().endswith(suffix) for suffix in JS_SUFFIXES)


def mentions_llm_sdk(text: str) -> bool:
    """Cheap pre-parse test: False means the file cannot contain a call the scanner recognises."""
    return _SDK_HINT.search(text) is not None


def scan_js_source(
    text: str,
    path: str,
    config: RiceConfig | None = None,
    root: str | None = None,
) -> tuple[list[CallSite], list[Problem]]:
    """Call sites and file-level problems of one JS/TS source text.

    ``path`` picks the grammar and names the sites; a relative ``path`` is taken relative to ``root`` (default:
    the working directory) to find prompt files and imported constants, which are read inside the repository only.
    """
    config = config or RiceConfig()
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_FILE_BYTES:
        limit_mb = MAX_FILE_BYTES / 1e6
        return [], [
            Problem("file-too-large", f"{len(data):,} bytes is over the {limit_mb:g} MB limit; the file was skipped.")
        ]
    if "\x00" in text:
        return [], [Problem("file-unreadable", "The text contains NUL bytes (not a source file).")]
    if not mentions_llm_sdk(text):
        return [], []
    from rice_core.scan.js.file_scan import scan_parsed

    grammar = grammar_for(path)
    try:
        return scan_parsed(data, path, grammar, language_name(grammar), config, root)
    except ModuleNotFoundError as exc:  # a broken install: say so once per file instead of failing the scan
        if not (exc.name or "").startswith("tree_sitter"):
            raise
        return [], [Problem("frontend-missing", f"The JS/TS front end needs the {exc.name} package.", "info")]
