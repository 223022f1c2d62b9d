"""The small error family of R-ICE: only entry points (CLI ``main``, the server) turn these into exit codes or messages."""

from __future__ import annotations


class RiceError(Exception):
    """Base class for every error R-ICE raises on purpose."""


class InputError(RiceError):
    """A caller gave a value we cannot use (names the value and what is accepted). CLI exit code 2."""


class ConfigError(RiceError):
    """rice.yaml / [tool.rice] / settings are invalid. Carries file, line and key when known. CLI exit code 2."""

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, key: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.key = key
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")
        self.bare_message = message


class CatalogError(RiceError):
    """A shipped catalog file failed validation: a packaging bug, never the user's fault."""
