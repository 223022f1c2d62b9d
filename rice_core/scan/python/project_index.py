"""The project's global LLM set in another module: ``dspy.configure(lm=dspy.LM(...))`` in the script that runs a
DSPy module defined elsewhere, ``Settings.llm = Ollama(...)`` in a LlamaIndex setup module. The analysed file is
imported *by* that module, so imports do not lead there: the root is walked (bounded, build and virtual-env folders
skipped), files are byte-searched before any parsing, and the modules found are parsed once (``modules.py``). Used
only when the analysed file sets no global LLM itself, and only when every module that sets one agrees."""

from __future__ import annotations

import ast
import functools
import os
import re
from dataclasses import dataclass
from collections.abc import Callable

from rice_core.safeio import read_regular_bytes, read_regular_head
from rice_core.scan.python.args import argument
from rice_core.scan.python.files import FileContext
from rice_core.scan.python.infer import Inst
from rice_core.scan.python.scopes import Scope

MAX_FILES = 2000  # Python files looked at per project
MAX_FILE_BYTES = 300_000
IMPORT_HEADER_BYTES = 16_384  # imports sit at the top of a module
MAX_DEPTH = 8
SKIP_DIRS = frozenset(
    {".git", ".hg", "node_modules", ".venv", "venv", "env", "__pycache__", "build", "dist", "site-packages", ".tox"}
)


def project_files(root: str) -> list[str]:
    """The project's Python files; listed again only when a folder changed (a file added, removed or renamed
    changes its folder's mtime), so a tree scan asking once per file stats the folders instead of listing them."""
    cached = _LISTINGS.get(root)
    if cached is not None and all(_mtime(folder) == mtime for folder, mtime in cached[0]):
        return cached[1]
    folders, files = _walk(root)
    if len(_LISTINGS) >= 4:
        _LISTINGS.pop(next(iter(_LISTINGS)))
    _LISTINGS[root] = (folders, files)
    return files


_LISTINGS: dict[str, tuple[list[tuple[str, int | None]], list[str]]] = {}


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _walk(root: str) -> tuple[list[tuple[str, int | None]], list[str]]:
    """(folders seen with their mtimes, Python files under ``root``): sorted, bounded in count and depth, no
    symbolic links followed, build and virtual-environment folders skipped."""
    out: list[str] = []
    folders: list[tuple[str, int | None]] = []
    stack = [(root, 0)]
    while stack and len(out) < MAX_FILES:
        folder, depth = stack.pop()
        folders.append((folder, _mtime(folder)))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                continue
            if entry.is_dir() and depth < MAX_DEPTH and entry.name not in SKIP_DIRS and not entry.name.startswith("."):
                stack.append((entry.path, depth + 1))
            elif entry.name.endswith(".py") and entry.is_file():
                out.append(entry.path)
    return folders, sorted(out[:MAX_FILES])


@functools.lru_cache(maxsize=8192)
def _tested(path: str, mtime_ns: int, size: int, test: _Mentions | Imports) -> bool:
    """``test`` on a file's bytes (only its header for imports), remembered per content version (size and mtime)."""
    try:
        if isinstance(test, Imports):
            data = read_regular_head(path, IMPORT_HEADER_BYTES)
        elif size <= MAX_FILE_BYTES:
            data = read_regular_bytes(path, MAX_FILE_BYTES)
        else:
            return False
    except OSError:
        return False
    return test(data)


def modules_mentioning(scope: Scope, needles: tuple[bytes, ...]) -> list[Scope]:
    """Module scopes of the project's other Python files whose text holds every one of ``needles`` — those in the
    nearest folder around the analysed file that has any (a monorepo's sub-projects keep their own LLMs)."""
    from rice_core.scan.python.modules import module_at

    root = scope
    while root.parent is not None:
        root = root.parent
    ctx = root.file
    if not isinstance(ctx, FileContext) or ctx.root is None or ctx.file_abs is None:
        return []
    files = project_files(ctx.root)
    matches = [path for path in files if path != ctx.file_abs and file_test(path, _Mentions(needles))]
    matches = _same_process(matches, ctx.file_abs, files) if matches else []
    folder = os.path.dirname(ctx.file_abs)
    while matches:
        near = [path for path in matches if path.startswith(folder.rstrip(os.sep) + os.sep)]
        if near or folder == ctx.root or len(folder) <= len(ctx.root):
            return [m for m in (module_at(path, ctx) for path in near) if m is not None]
        folder = os.path.dirname(folder)
    return []


def _same_process(candidates: list[str], analysed: str, files: list[str]) -> list[str]:
    """The candidates that run in the same program as the analysed file: they import it, it imports them, or a
    module importing it imports them too (``rag.py`` importing both the DSPy module and the LM setup)."""
    importers = [p for p in files if p != analysed and file_test(p, Imports(stem_of(analysed)))]
    return [
        path
        for path in candidates
        if path in importers or any(file_test(p, Imports(stem_of(path))) for p in (analysed, *importers))
    ]


def stem_of(path: str) -> str:
    name = os.path.basename(path)[:-3]
    return os.path.basename(os.path.dirname(path)) if name == "__init__" else name


@dataclass(frozen=True)
class _Mentions:
    needles: tuple[bytes, ...]

    def __call__(self, data: bytes) -> bool:
        return all(n in data for n in self.needles)


@dataclass(frozen=True)
class Imports:
    module: str  # a module's last name: ``import runner``, ``from app.program import QA``, ``from . import program``

    def __call__(self, data: bytes) -> bool:
        if self.module.encode() not in data:
            return False
        name = re.escape(self.module.encode())
        pattern = (
            rb"(?m)^\s*(?:from\s+[\w.]*\b" + name + rb"\b|(?:from\s+[\w.]+\s+)?import\s+[\w., ()]*\b" + name + rb"\b)"
        )
        return re.search(pattern, data) is not None


def file_test(path: str, test: _Mentions | Imports) -> bool:
    try:
        stat = os.stat(path)
    except OSError:
        return False
    return _tested(path, stat.st_mtime_ns, stat.st_size, test)


def agreed_llm(modules: list[Scope], find: Callable[[Scope], Inst | None]) -> Inst | None:
    """The LLM ``find`` gives in each module, when every module that sets one names the same model."""
    found = [inst for inst in (find(m) for m in modules) if inst is not None]
    models = {_model_text(inst) for inst in found}
    return found[0] if found and len(models) == 1 else None


def _model_text(inst: Inst) -> str:
    origin = inst.origins[0] if inst.origins else None
    expr = argument(origin.call, origin.model_args) if origin is not None else None
    return f"{inst.spec.sdk}:{inst.cls}:{ast.unparse(expr) if expr is not None else ''}"


def project_configured_llm(packages: tuple[str, ...], functions: tuple[str, ...], scope: Scope) -> Inst | None:
    """``dspy.configure(lm=...)`` in another module of the project (the script that runs this DSPy module)."""
    from rice_core.scan.python.frameworks import configured_llm

    needles = (packages[0].encode(), b"configure") if packages else (b"configure",)
    modules = modules_mentioning(scope, needles)
    return agreed_llm(modules, lambda module: configured_llm(packages, functions, module, 1 << 30))


def project_global_llm(key: str, scope: Scope, depth: int) -> Inst | None:
    """``Settings.llm = Ollama(...)`` (``key``) in another module of the project."""
    from rice_core.scan.python.infer import infer

    def find(module: Scope) -> Inst | None:
        for binding in reversed(module.bindings.get(key, ())):
            found = infer(binding.value, binding.scope, depth + 1) if binding.scope is not None else None
            if isinstance(found, Inst):
                return found
        return None

    return agreed_llm(modules_mentioning(scope, (key.encode(),)), find)
