"""A second chance for the byte pre-filter: ``from pages.chatbot.model import conversation`` then
``conversation.predict(input=q)`` names no SDK, yet calls a chain another module of the project builds. A Python
file the pre-filter rejects is still parsed when it calls a framework-style method (``.predict(``, ``.run(``,
``.query(``, ``.invoke(`` …) and imports a repository module that itself names an LLM SDK, or a package whose
``__init__`` re-exports from one. Imports are read with a regular expression on the bytes (nothing is parsed for
files that stay rejected); module files are found as for cross-module resolution (inside the root only) and tested
once per content version."""

from __future__ import annotations

import functools
import os
import re
import sys

from rice_core.safeio import read_regular_bytes
from rice_core.scan.prefilter import may_call_llm
from rice_core.scan.python.files import FileContext

MAX_MODULE_BYTES = 1_000_000
MAX_IMPORTS = 20
# Methods that run a model object or chain made elsewhere (LangChain, LlamaIndex, CrewAI, smolagents, transformers).
CALL_HINTS: tuple[bytes, ...] = (
    b".invoke(",
    b".ainvoke(",
    b".predict(",
    b".run(",
    b".arun(",
    b".query(",
    b".aquery(",
    b".chat(",
    b".achat(",
    b".complete(",
    b".acomplete(",
    b".stream_chat(",
    b".generate(",
    b".stream(",
    b".astream(",
    b".batch(",
)
# ``from .model import model`` then ``model(prompt, max_tokens=100)``: a llama-cpp-python model, transformers
# pipeline or LangChain LLM object called directly; only names that read like one count (a cheap byte test).
_FROM_NAMES = re.compile(rb"(?m)^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+\(?([\w, \t]+)")
_OBJECT_STEMS = (b"model", b"llm", b"pipe", b"generator", b"chain", b"agent")
_IMPORT = re.compile(rb"(?m)^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import\b|import[ \t]+([\w.]+))")
_STDLIB = frozenset(sys.stdlib_module_names)


def imported_llm_modules(data: bytes, path: str, root: str) -> tuple[bool, list[str]]:
    """(whether the file may call an LLM object made in one of its imported modules, the module files consulted)."""
    if not any(hint in data for hint in CALL_HINTS) and not _calls_imported_object(data):
        return False, []
    consulted: list[str] = []
    for found in _project_modules(data, path, root):
        consulted.append(found)
        if _names_an_sdk(found):
            return True, consulted
    for module in list(consulted):  # one hop further: a package ``__init__`` re-exporting from its submodules
        try:
            text = read_regular_bytes(module, MAX_MODULE_BYTES)
        except OSError:
            continue
        for found in _project_modules(text, module, root):
            if found not in consulted:
                consulted.append(found)
                if _names_an_sdk(found):
                    return True, consulted
    return False, consulted


def _project_modules(data: bytes, path: str, root: str) -> list[str]:
    """Real paths of the repository modules (inside ``root``, not the standard library) that ``data`` imports."""
    from rice_core.scan.python.modules import candidates

    ctx = FileContext(os.path.abspath(path), os.path.abspath(root))
    out: list[str] = []
    for match in list(_IMPORT.finditer(data))[:MAX_IMPORTS]:
        name = (match.group(1) or match.group(2) or b"").decode("ascii", "replace")
        if not name.strip(".") and not name.startswith("."):
            continue
        if not name.startswith(".") and name.partition(".")[0] in _STDLIB:
            continue
        found = next((c for c in candidates(name, ctx) if os.path.isfile(c)), None)
        if found is not None and _inside(found, ctx.root):
            out.append(os.path.realpath(found))
    return out


def _inside(path: str, root: str | None) -> bool:
    real, base = os.path.realpath(path), os.path.realpath(root or "/")
    return real.startswith(base.rstrip(os.sep) + os.sep)


def _names_an_sdk(path: str) -> bool:
    try:
        stat = os.stat(path)
    except OSError:
        return False
    return _tested(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4096)
def _tested(path: str, mtime_ns: int, size: int) -> bool:
    if size > MAX_MODULE_BYTES:
        return False
    try:
        return may_call_llm(read_regular_bytes(path, MAX_MODULE_BYTES), "python")
    except OSError:
        return False


def _calls_imported_object(data: bytes) -> bool:
    """Whether a name imported with ``from … import`` that reads like a model object is called: ``model(``."""
    for match in _FROM_NAMES.finditer(data):
        for part in match.group(1).split(b","):
            name = part.split()[-1] if part.split() else b""
            if any(stem in name.lower() for stem in _OBJECT_STEMS) and re.search(
                rb"(?<![\w.])" + re.escape(name) + rb"\(", data
            ):
                return True
    return False
