"""The layering rules of docs/ARCHITECTURE.md, checked by reading every module's imports with ``ast`` (nothing is
imported). A broken rule fails with the file, line, imported module and the rule's reason."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("rice_core", "rice_lsp")

FOUNDATION = ("rice_core.errors", "rice_core.problems", "rice_core.ranges", "rice_core.result", "rice_core.precision")
FOUNDATION_EXTRA = ("rice_core.safeio", "rice_core.gitrun", "rice_core.textfit", "rice_core.globs")  # leaf helpers
ESTIMATION = (
    "rice_core.catalog",
    "rice_core.physics",
    "rice_core.engines",
    "rice_core.estimator",
    "rice_core.paper_fit",
    "rice_core.tokens",
    "rice_core.lifecycle",
    "rice_core.workload",
)
SOURCE_CODE_AWARE = ("rice_core.scan", "rice_core.budget", "rice_core.cli", "rice_core.config", "rice_lsp")
FORMULAS = ("rice_core.physics", "rice_core.engines", "rice_core.estimator", "rice_core.fit", "rice_core.paper_fit")
FITTING = ("rice_core.fit", "rice_core.validate")
FITTING_USERS = ("rice_core.fit", "rice_core.validate", "rice_core.cli.validate_cmd")


@dataclass(frozen=True)
class Rule:
    """Modules under any of ``sources`` must not import anything under ``forbidden`` (``exempt`` modules may)."""

    reason: str
    sources: tuple[str, ...]
    forbidden: tuple[str, ...]
    exempt: tuple[str, ...] = ()


RULES = (
    Rule("the core never imports the protocol", ("rice_core",), ("pygls", "lsprotocol")),
    Rule(
        "the core never imports the server (only `rice lsp` launches it)",
        ("rice_core",),
        ("rice_lsp",),
        exempt=("rice_core.cli.lsp_cmd",),
    ),
    Rule("the estimator knows nothing of source code", ESTIMATION + FOUNDATION, SOURCE_CODE_AWARE),
    Rule("catalogs never call formulas", ("rice_core.catalog",), FORMULAS),
    Rule("run-time code never imports the fitting code", PACKAGES, FITTING, exempt=FITTING_USERS),
    Rule(
        "the scanner never imports the gate, the CLI or the server",
        ("rice_core.scan",),
        ("rice_core.budget", "rice_core.cli", "rice_lsp"),
    ),
    Rule(
        "settings never import what reads them",
        ("rice_core.config",),
        ("rice_core.budget", "rice_core.scan", "rice_core.cli", "rice_lsp"),
    ),
    Rule(
        "foundations import only foundations",
        FOUNDATION + FOUNDATION_EXTRA,
        tuple(
            f"rice_core.{name}"
            for name in (
                "catalog",
                "physics",
                "engines",
                "estimator",
                "paper_fit",
                "tokens",
                "lifecycle",
                "workload",
                "scan",
                "budget",
                "cli",
                "config",
                "fit",
                "validate",
            )
        )
        + ("rice_lsp",),
    ),
    Rule("the language server is not a CLI", ("rice_lsp",), ("rice_core.cli",)),
)


def under(module: str, prefixes: tuple[str, ...]) -> bool:
    """True when ``module`` is one of ``prefixes`` or inside one of them."""
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module) for every import statement, relative imports resolved against the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:  # ``from . import x``: each name may be a module
                for alias in node.names:
                    yield node.lineno, f"{module}.{alias.name}"
            else:
                yield node.lineno, module
            if node.module and node.level == 0:
                for alias in node.names:  # ``from rice_core import fit`` imports the package rice_core.fit
                    yield node.lineno, f"{node.module}.{alias.name}"


def violations(root: Path) -> list[str]:
    """Every broken rule as ``path:line imports module (reason)``, once per statement and rule."""
    found: dict[tuple[str, int, str], str] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            source, rel = module_name(path, root), str(path.relative_to(root))
            for line, target in imports_of(path, root):
                for rule in RULES:
                    broken = under(source, rule.sources) and not under(source, rule.exempt)
                    if broken and under(target, rule.forbidden):
                        found.setdefault((rel, line, rule.reason), f"{rel}:{line} imports {target} ({rule.reason})")
    return sorted(found.values())


def test_the_code_base_keeps_every_rule() -> None:
    assert violations(ROOT) == []


def test_a_planted_violation_is_named_with_file_line_and_rule(tmp_path: Path) -> None:
    (tmp_path / "rice_core" / "catalog").mkdir(parents=True)
    (tmp_path / "rice_core" / "scan").mkdir(parents=True)
    (tmp_path / "rice_core" / "estimator").mkdir(parents=True)
    (tmp_path / "rice_lsp").mkdir()
    (tmp_path / "rice_core" / "catalog" / "bad.py").write_text("import json\nfrom rice_core.engines import paper\n")
    (tmp_path / "rice_core" / "scan" / "evil.py").write_text("import pygls.server\n")
    (tmp_path / "rice_core" / "estimator" / "peek.py").write_text("from ..scan import callsite\n")
    (tmp_path / "rice_lsp" / "ok.py").write_text("import pygls\nfrom rice_core.scan import scan_source\n")
    assert violations(tmp_path) == [
        "rice_core/catalog/bad.py:2 imports rice_core.engines (catalogs never call formulas)",
        "rice_core/estimator/peek.py:1 imports rice_core.scan (the estimator knows nothing of source code)",
        "rice_core/scan/evil.py:1 imports pygls.server (the core never imports the protocol)",
    ]


def test_from_package_import_module_counts_as_importing_the_module(tmp_path: Path) -> None:
    (tmp_path / "rice_core" / "engines").mkdir(parents=True)
    (tmp_path / "rice_lsp").mkdir()
    (tmp_path / "rice_core" / "engines" / "x.py").write_text("from rice_core import fit\n")
    assert violations(tmp_path) == [
        "rice_core/engines/x.py:1 imports rice_core.fit (run-time code never imports the fitting code)"
    ]
