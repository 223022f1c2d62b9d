"""Estimator defaults set from the editor (``rice.defaults.*``), layered under the workspace's rice.yaml.

The keys are rice.yaml's ``defaults:`` keys in camelCase (``rice.defaults.outputTokens`` ↔ ``defaults.output_tokens``)
and each value is checked by rice.yaml's own converter (``rice_core.config.schema.SECTIONS``: catalog checks for
region, hardware and model, bounds for numbers). Precedence, per key: a value the workspace's rice.yaml sets wins
(the project's budget configuration is authoritative); editor settings fill in what it leaves unset; built-in
defaults last. ``region`` and ``gridGco2ePerKwh`` go together: when rice.yaml sets either, the editor sets neither.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from rice_core.config import Defaults, RiceConfig
from rice_core.config.schema import SECTIONS

PREFIX = "defaults."
EditorDefaults = tuple[tuple[str, Any], ...]  # (field of rice_core.config.Defaults, validated value), sorted
_GRID_GROUP = ("region", "grid_gco2e_per_kwh")  # the grid number overrides the region: one decision for both


def camel_case(name: str) -> str:
    """``grid_gco2e_per_kwh`` → ``gridGco2ePerKwh``."""
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


@functools.cache
def editor_keys() -> dict[str, str]:
    """Editor key (``defaults.outputTokens``) → field of ``Defaults`` (``output_tokens``), for every rice.yaml key."""
    return {f"{PREFIX}{camel_case(name)}": name for name in SECTIONS["defaults"]}


def check_default(key: str, value: Any) -> tuple[str, Any] | str:
    """``(field, converted value)`` for a valid editor default, else a plain-words problem naming ``rice.<key>``."""
    field_name = editor_keys()[key]
    try:
        return field_name, SECTIONS["defaults"][field_name](value)
    except ValueError as exc:
        return f"rice.{key}: {exc}"


def merged(
    base: EditorDefaults, changes: dict[str, Any], cleared: set[str] | frozenset[str] = frozenset()
) -> EditorDefaults:
    """``base`` without the ``cleared`` fields, with ``changes`` (field → value) on top, as a hashable sorted tuple."""
    kept = {name: value for name, value in base if name not in cleared}
    return tuple(sorted({**kept, **changes}.items()))


def _set_by_file(config: RiceConfig, field_name: str) -> bool:
    """Whether the configuration file gives this key (written in it, or different from the built-in default)."""
    if config.source_path is None:
        return False
    written = f"defaults.{field_name}" in config.key_lines
    return written or getattr(config.defaults, field_name) != getattr(Defaults(), field_name)


def _group(field_name: str) -> tuple[str, ...]:
    return _GRID_GROUP if field_name in _GRID_GROUP else (field_name,)


def with_editor_defaults(config: RiceConfig, editor: EditorDefaults) -> RiceConfig:
    """``config`` with the editor's defaults filled in where the configuration file leaves a key unset."""
    fill = {name: value for name, value in editor if not any(_set_by_file(config, f) for f in _group(name))}
    if not fill:
        return config
    return replace(config, defaults=replace(config.defaults, **fill))
