"""rice.yaml per workspace folder: loaded on start, reloaded when it changes on disk or in the editor.

An invalid file never stops the server: the folder keeps its last valid configuration (built-in defaults at first)
and the error is kept so that it can be shown as a diagnostic at the offending line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rice_core.config import RiceConfig
from rice_core.errors import ConfigError

log = logging.getLogger(__name__)
CONFIG_FILE_NAMES = frozenset({"rice.yaml", ".rice.yaml", "pyproject.toml"})


def is_config_file(path: Path | None) -> bool:
    return path is not None and path.name in CONFIG_FILE_NAMES


class ConfigStore:
    """Configurations of the workspace folders (and of the folders of files outside them)."""

    def __init__(self) -> None:
        self.roots: list[Path] = []
        self._configs: dict[Path, RiceConfig] = {}
        self.errors: dict[Path, ConfigError] = {}  # config file → its current error

    def set_roots(self, roots: list[Path]) -> None:
        self.roots = sorted({r.resolve() for r in roots}, key=lambda r: -len(r.parts))
        self._configs = {}
        for root in self.roots:
            self.reload(root)

    def root_for(self, path: Path | None) -> Path | None:
        """The innermost workspace folder holding ``path``; its own folder for a file outside them; None if unknown."""
        if path is None:
            return self.roots[-1] if self.roots else None
        resolved = path.resolve()
        for root in self.roots:
            if resolved == root or root in resolved.parents:
                return root
        return resolved.parent

    def config_for(self, path: Path | None) -> RiceConfig:
        """The configuration that applies to a document (built-in defaults when nothing is known)."""
        root = self.root_for(path)
        return RiceConfig() if root is None else self.config_of_root(root)

    def config_of_root(self, root: Path) -> RiceConfig:
        if root not in self._configs:
            self.reload(root)
        return self._configs[root]

    def reload(self, root: Path) -> None:
        """(Re)load ``root``'s configuration from disk; an error keeps the previous one."""
        from rice_core.config.load import find_config_file, load_config_file

        found = find_config_file(root)
        for path in [p for p in self.errors if found is None or p == found.resolve()]:
            del self.errors[path]
        try:
            self._configs[root] = RiceConfig() if found is None else load_config_file(found)
        except ConfigError as exc:
            self._record(exc, found)
            self._configs.setdefault(root, RiceConfig())
        except Exception:  # an unexpected loader failure must not stop the server
            log.exception("loading the configuration of %s failed", root)
            self._configs.setdefault(root, RiceConfig())

    def reload_all(self) -> None:
        for root in list(self._configs) or self.roots:
            self.reload(root)

    def update_text(self, path: Path, text: str) -> None:
        """Unsaved editor text of a rice.yaml: validate it, and use it for the folders it configures."""
        from rice_core.config.load import parse_config_text

        if path.suffix == ".toml":
            return  # pyproject.toml is read from disk on save
        resolved = path.resolve()
        try:
            config = parse_config_text(text, str(path))
        except ConfigError as exc:
            self._record(exc, resolved)
            return
        self.errors.pop(resolved, None)
        for root, current in self._configs.items():
            if current.source_path and Path(current.source_path).resolve() == resolved or resolved.parent == root:
                self._configs[root] = config

    def _record(self, exc: ConfigError, fallback: Path | None) -> None:
        where = Path(exc.path).resolve() if exc.path else fallback
        if where is not None:
            self.errors[where] = exc

    def config_files(self) -> list[Path]:
        """The configuration files in use (for the over-budget warning)."""
        files = {Path(c.source_path).resolve() for c in self._configs.values() if c.source_path}
        return sorted(files | set(self.errors))
