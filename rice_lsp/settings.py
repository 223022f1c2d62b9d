"""Editor settings: one dataclass with defaults, parsed by one converter that never raises.

Settings arrive as ``initializationOptions`` (either ``{"rice": {...}}`` or the bare ``{...}``), through
``workspace/configuration`` (section ``rice``) or ``workspace/didChangeConfiguration``; the later ones layer over the
initial ones, and ``null`` means unset (the built-in default, also over an initial value). Invalid values fall back to
their defaults and are reported, together, as plain-words messages the server shows once. Estimator defaults
(``rice.defaults.region``, ``.outputTokens``, …) are checked and layered under rice.yaml by ``editor_defaults``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from rice_lsp import editor_defaults
from rice_lsp.editor_defaults import EditorDefaults

MIN_DEBOUNCE_MS = 0
MAX_DEBOUNCE_MS = 5_000


@dataclass(frozen=True)
class Settings:
    """What a user can change from the editor; ``defaults`` fill in estimator defaults that rice.yaml leaves unset."""

    enable: bool = True
    inlay_hints: bool = True
    code_lens: bool = True
    hover: bool = True
    diagnostics: bool = True
    code_actions: bool = True
    workspace_scan: bool = True  # background scan of every workspace folder → rice/workspaceTotal
    debounce_ms: int = 150  # wait after the last keystroke before re-analysing a document
    max_file_bytes: int = 5_000_000  # larger documents are not analysed (a file-too-large diagnostic)
    defaults: EditorDefaults = ()  # (rice_core.config.Defaults field, value): see editor_defaults


# editor key (camelCase, as in VS Code's settings.json under "rice.") → field name
_KEYS: dict[str, str] = {
    "enable": "enable",
    "inlayHints": "inlay_hints",
    "codeLens": "code_lens",
    "hover": "hover",
    "diagnostics": "diagnostics",
    "codeActions": "code_actions",
    "workspaceScan": "workspace_scan",
    "debounceMs": "debounce_ms",
    "maxFileBytes": "max_file_bytes",
}
# settings that editor extensions keep under "rice." for themselves: accepted and ignored by the server
CLIENT_KEYS = frozenset({"path", "pythonPath", "serverPath", "statusBar", "trace.server"})
_INT_BOUNDS: dict[str, tuple[int, int]] = {
    "debounce_ms": (MIN_DEBOUNCE_MS, MAX_DEBOUNCE_MS),
    "max_file_bytes": (1_000, 100_000_000),  # framing.MAX_MESSAGE_BYTES (128 MiB) must carry it, JSON-escaped
}
_DEFAULTS: dict[str, Any] = {f.name: getattr(Settings(), f.name) for f in fields(Settings)}
_TYPES: dict[str, type] = {name: type(value) for name, value in _DEFAULTS.items()}


def settings_section(raw: Any) -> Any:
    """The ``rice`` part of a settings payload: unwraps ``{"rice": {...}}``, passes a bare dict through."""
    if isinstance(raw, dict) and isinstance(raw.get("rice"), dict):
        return raw["rice"]
    return raw


def _flatten(raw: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"inlayHints": {"enabled": false}}`` and ``{"inlayHints": false}`` both become ``{"inlayHints": False}``."""
    flat: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and set(value) == {"enabled"}:
            flat[name] = value["enabled"]
        elif isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def _check_value(field_name: str, key: str, value: Any) -> str | None:
    """A plain-words problem with one value, or None when it is valid."""
    expected = _TYPES[field_name]
    if expected is bool and not isinstance(value, bool):
        return f"rice.{key} must be true or false, got {value!r}"
    if expected is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"rice.{key} must be a whole number, got {value!r}"
        low, high = _INT_BOUNDS[field_name]
        if not low <= value <= high:
            return f"rice.{key} must be between {low:,} and {high:,}, got {value:,}"
    return None


def parse_settings(raw: Any, base: Settings | None = None) -> tuple[Settings, list[str]]:
    """Settings from an editor payload, and the problems found; invalid or unknown keys keep their default."""
    settings = base or Settings()
    raw = settings_section(raw)
    if raw is None:
        return settings, []
    if not isinstance(raw, dict):
        return settings, [f"rice settings must be an object, got {type(raw).__name__}"]
    problems: list[str] = []
    changes: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    cleared: set[str] = set()
    for key, value in _flatten(raw).items():
        estimator = key in editor_defaults.editor_keys()
        if key in CLIENT_KEYS:
            continue
        if key not in _KEYS and not estimator:
            problems.append(f"rice.{key} is not a setting (known: {', '.join(sorted(_KEYS))}, defaults.*)")
        elif value is None and estimator:  # explicitly unset (a removed setting): not the base's value either
            cleared.add(editor_defaults.editor_keys()[key])
        elif value is None:
            changes[_KEYS[key]] = _DEFAULTS[_KEYS[key]]
        elif estimator:
            checked = editor_defaults.check_default(key, value)
            if isinstance(checked, str):
                problems.append(checked)
            else:
                defaults[checked[0]] = checked[1]
        elif problem := _check_value(_KEYS[key], key, value):
            problems.append(problem)
        else:
            changes[_KEYS[key]] = value
    changes["defaults"] = editor_defaults.merged(settings.defaults, defaults, cleared)
    return replace(settings, **changes), problems


def settings_message(problems: list[str]) -> str:
    """The one message shown for invalid settings."""
    return "R-ICE: invalid settings, defaults used instead: " + "; ".join(problems)
