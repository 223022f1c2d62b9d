"""Load and validate the one settings schema from ``rice.yaml``, ``.rice.yaml`` or ``[tool.rice]`` in pyproject.toml.

Two front ends (YAML via ``yaml.compose``, TOML via ``tomllib``) turn text into plain data plus the line of every
key (``"budget.co2e_kg" → 12``); one validator (``rice_core.config.schema``) builds ``RiceConfig`` from that data.
Every error is a ``ConfigError`` naming the file, the line and the key, and saying what was expected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from rice_core.config import RiceConfig
from rice_core.config.schema import build_config
from rice_core.config.yaml_safe import MAX_CONFIG_BYTES, Rejected, compose_strict, scalar_value
from rice_core.errors import ConfigError
from rice_core.safeio import read_regular_bytes

CONFIG_NAMES: tuple[str, ...] = ("rice.yaml", ".rice.yaml")


def load_config(root: Path) -> RiceConfig:
    """Find the configuration for ``root``: rice.yaml, .rice.yaml, then [tool.rice] in pyproject.toml.

    Looks in ``root`` and then its parents, stopping at the repository top (the directory holding ``.git``);
    nothing found → built-in defaults.
    """
    found = find_config_file(Path(root))
    return RiceConfig() if found is None else load_config_file(found)


def find_config_file(root: Path) -> Path | None:
    """The first config file in ``root`` or a parent up to the git top; ``None`` when there is none."""
    start = root if root.is_dir() else root.parent
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and has_tool_rice(_peek(pyproject)):
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def load_config_file(path: Path) -> RiceConfig:
    """Load one explicit file (``--config``): YAML, or ``[tool.rice]`` of a ``.toml`` file."""
    try:
        data = read_regular_bytes(path, MAX_CONFIG_BYTES)
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration file: {exc.strerror or exc}", path=str(path)) from exc
    text = decode_config(data, str(path))
    if str(path).endswith(".toml"):
        return parse_pyproject_text(text, str(path))
    return parse_config_text(text, str(path))


def _peek(pyproject: Path) -> str:
    """A pyproject.toml's text for the ``[tool.rice]`` test ("" when it is not a readable regular file)."""
    try:
        return read_regular_bytes(pyproject, MAX_CONFIG_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def decode_config(data: bytes, path: str) -> str:
    """Strict UTF-8 (a BOM is dropped); a binary, UTF-16/32 or mis-encoded file is a ``ConfigError`` with its line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError("the file is UTF-16/UTF-32 encoded; save it as UTF-8", path=path, line=1)
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise ConfigError("the file contains NUL bytes (a binary file?); expected UTF-8 text", path=path, line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8", path=path, line=line
        ) from exc


def _check_size(text: str, path: str) -> None:
    if len(text) > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"the file is larger than {MAX_CONFIG_BYTES // 1024} KiB; is this a configuration file?", path=path
        )


def parse_config_text(text: str, path: str) -> RiceConfig:
    """Validate rice.yaml text; ``path`` is only used in messages and ``RiceConfig.source_path``."""
    _check_size(text, path)
    data, lines = yaml_data_with_lines(text, path)
    return build_config(data, lines, path)


def parse_pyproject_text(text: str, path: str) -> RiceConfig:
    """Validate the ``[tool.rice]`` table of a pyproject.toml (an absent table gives the defaults)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    _check_size(text, path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _toml_error_line(str(exc))
        raise ConfigError(f"invalid TOML: {exc}", path=path, line=line) from exc
    except (ValueError, RecursionError) as exc:  # a 5,000-digit integer; nesting deeper than the parser's stack
        raise ConfigError(f"invalid TOML: {exc.__class__.__name__}: {str(exc)[:200]}", path=path) from exc
    if not isinstance(document.get("tool", {}), dict) or not isinstance(document.get("tool", {}).get("rice", {}), dict):
        raise ConfigError("[tool.rice] must be a table", path=path, line=toml_key_lines(text).get("", None))
    data = document.get("tool", {}).get("rice", {})
    return build_config(data, toml_key_lines(text), path)


# --- YAML front end -------------------------------------------------------------------------------------------


def yaml_data_with_lines(text: str, path: str) -> tuple[Any, dict[str, int]]:
    """Compose the YAML into plain data and the 1-based line of every key path."""
    try:
        root = compose_strict(text)
    except Rejected as exc:
        raise ConfigError(str(exc), path=path, line=exc.line) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(
            f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=path, line=_yaml_error_line(exc, text)
        ) from exc
    lines: dict[str, int] = {}
    if root is None:
        return {}, lines
    try:
        return _node_data(root, "", lines, path), lines
    except Rejected as exc:
        raise ConfigError(str(exc), path=path, line=exc.line) from exc


def _yaml_error_line(exc: yaml.YAMLError, text: str) -> int | None:
    """1-based line of a YAML error; at the end of the stream, the line where the open construct began."""
    marks = [getattr(exc, name, None) for name in ("problem_mark", "context_mark")]
    lines = [m.line + 1 for m in marks if m is not None]
    last_line = max(1, len(text.splitlines()))
    inside = [line for line in lines if line <= last_line]
    return inside[0] if inside else (last_line if lines else None)


def _node_data(node: yaml.Node, key_path: str, lines: dict[str, int], path: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node))
            child = f"{key_path}.{key}" if key_path else key
            if key in out:
                raise ConfigError(f"duplicate key {child!r}", path=path, line=key_node.start_mark.line + 1, key=child)
            lines[child] = key_node.start_mark.line + 1
            out[key] = _node_data(value_node, child, lines, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[f"{key_path}[{index}]"] = item.start_mark.line + 1
            items.append(_node_data(item, f"{key_path}[{index}]", lines, path))
        return items
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    return scalar_value(node)


# --- TOML front end -------------------------------------------------------------------------------------------

_TABLE_RE = re.compile(r"^\s*(\[\[?)\s*tool\.rice(?:\.([\w.\-]+))?\s*\]\]?\s*(?:#.*)?$")
_OTHER_TABLE_RE = re.compile(r"^\s*\[")
_KEY_RE = re.compile(r"^\s*([\w\-]+)\s*=")


def toml_key_lines(text: str) -> dict[str, int]:
    """Best-effort line of every key under ``[tool.rice...]`` tables (``[[...]]`` arrays get ``[i]`` indexes)."""
    lines: dict[str, int] = {}
    prefix: str | None = None
    array_counts: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        table = _TABLE_RE.match(raw)
        if table:
            prefix = table.group(2) or ""
            if table.group(1) == "[[":
                index = array_counts.get(prefix, -1) + 1
                array_counts[prefix] = index
                lines.setdefault(prefix, number)
                prefix = f"{prefix}[{index}]"
            lines.setdefault(prefix, number)
            continue
        if _OTHER_TABLE_RE.match(raw):
            prefix = None
            continue
        key = _KEY_RE.match(raw)
        if key and prefix is not None:
            lines[f"{prefix}.{key.group(1)}" if prefix else key.group(1)] = number
    return lines


def has_tool_rice(text: str) -> bool:
    return any(_TABLE_RE.match(line) for line in text.splitlines())


def _toml_error_line(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None
