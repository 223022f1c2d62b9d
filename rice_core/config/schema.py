"""Validate plain configuration data (from YAML or TOML) into ``RiceConfig``.

Each key has one converter that either returns the typed value or raises ``ValueError`` saying what was expected;
``build_config`` turns that into a ``ConfigError`` with file, line and key. Unknown keys are errors with the
closest valid key suggested, so a typo can never silently disable a budget.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from typing import Any

from rice_core.config.volume import parse_volume
from rice_core.config import (
    PERIOD_HOURS,
    Budget,
    Defaults,
    RiceConfig,
    ScanConfig,
    VolumeConfig,
    VolumeOverride,
)
from rice_core.config.catalog import check_hardware, check_model, check_region
from rice_core.config.settings import TokensConfig
from rice_core.config.tokens import kind_rules, placeholder_sizes
from rice_core.errors import ConfigError

Converter = Callable[[Any], Any]
POWER_MODELS = ("calibrated", "rice-paper")
PRECISIONS = ("fp16", "bf16", "fp8", "int8", "int4", "mxfp4")
SCOPES = ("operational", "life-cycle")


def _number(minimum: float, *, strict: bool = False, maximum: float = 1e12) -> Converter:
    def convert(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number, got {value!r}")
        if not math.isfinite(value) or value > maximum:
            raise ValueError(f"expected a finite number <= {maximum:g}, got {value!r}")
        if value < minimum or (strict and value == minimum):
            raise ValueError(f"expected a number {'>' if strict else '>='} {minimum:g}, got {value!r}")
        return float(value)

    return convert


def _integer(minimum: int, maximum: int = 10_000_000) -> Converter:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            raise ValueError(f"expected a whole number from {minimum:,} to {maximum:,}, got {str(value)[:40]}")
        return value

    return convert


def _stack(value: Any) -> str:
    """A serving stack name (vllm-2025, llama.cpp, …), canonical; ValueError naming the accepted ones."""
    from rice_core.errors import InputError
    from rice_core.physics.stacks import canonical_stack

    try:
        return canonical_stack(str(value))
    except InputError as exc:
        raise ValueError(str(exc)) from exc


def _choice(options: tuple[str, ...]) -> Converter:
    def convert(value: Any) -> str:
        if value not in options:
            raise ValueError(f"expected one of {', '.join(options)}, got {value!r}")
        return str(value)

    return convert


def _text(check: Callable[[str], None] | None = None) -> Converter:
    def convert(value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"expected a non-empty string, got {value!r}")
        if check is not None:
            check(value)
        return value

    return convert


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"expected a list of glob strings, got {value!r}")
    return tuple(value)


SECTIONS: dict[str, dict[str, Converter]] = {
    "defaults": {
        "region": _text(check_region),
        "grid_gco2e_per_kwh": _number(0, maximum=5000),  # the dirtiest grids are ~1,100 g/kWh
        "hardware": _text(check_hardware),
        "pue": _number(1.0, maximum=10),
        "output_tokens": _integer(1, 10_000_000),
        "model": _text(check_model),
        "placeholder_tokens": _integer(0, 1_000_000),
        "batch_size": _number(0, strict=True, maximum=100_000),
        "precision": _choice(PRECISIONS),
        "power_model": _choice(POWER_MODELS),
        "stack": _stack,
    },
    "volume": {"default": parse_volume, "overrides": lambda value: value},  # overrides: see _overrides
    "budget": {
        "period": _choice(tuple(PERIOD_HOURS)),
        "co2e_kg": _number(0),
        "per_call_co2e_g": _number(0),
        "compare": _choice(("central", "high")),
        "scope": _choice(SCOPES),
        "water_l": _number(0),
    },
    "scan": {"include": _strings, "exclude": _strings},
    "tokens": {"placeholders": placeholder_sizes, "kinds": kind_rules},
}
SECTION_TYPES = {
    "defaults": Defaults,
    "volume": VolumeConfig,
    "budget": Budget,
    "scan": ScanConfig,
    "tokens": TokensConfig,
}


def build_config(data: Any, lines: dict[str, int], path: str) -> RiceConfig:
    """Validate ``data`` (a mapping of sections) into ``RiceConfig``; ``lines`` maps key paths to lines."""
    fail = _failer(lines, path)
    if not isinstance(data, dict):
        raise ConfigError(
            f"expected a mapping of sections ({', '.join(SECTIONS)}), got {type(data).__name__}", path=path, line=1
        )
    built: dict[str, Any] = {}
    for section, body in data.items():
        _check_known(str(section), tuple(SECTIONS), "", fail)
        if body is None:  # "budget:" with nothing under it
            continue
        if not isinstance(body, dict):
            fail(section, f"expected a mapping of {section} settings, got {body!r}")
        built[section] = _section(section, body, fail)
    return RiceConfig(**built, source_path=path, key_lines=dict(lines))


def _section(section: str, body: dict[str, Any], fail: Callable[[str, str], Any]) -> Any:
    values: dict[str, Any] = {}
    for key, raw in body.items():
        key_path = f"{section}.{key}"
        _check_known(str(key), tuple(SECTIONS[section]), section, fail)
        try:
            values[key] = _overrides(raw, fail) if key_path == "volume.overrides" else SECTIONS[section][key](raw)
        except ValueError as exc:
            fail(key_path, str(exc))
    return SECTION_TYPES[section](**values)


def _overrides(raw: Any, fail: Callable[[str, str], Any]) -> tuple[VolumeOverride, ...]:
    if not isinstance(raw, list):
        raise ValueError(f'expected a list of {{match: "glob", volume: "N/period"}} entries, got {raw!r}')
    out = []
    for index, entry in enumerate(raw):
        where = f"volume.overrides[{index}]"
        if not isinstance(entry, dict):
            fail(where, f'expected {{match: "glob", volume: "N/period"}}, got {entry!r}')
        for key in entry:
            _check_known(str(key), ("match", "volume"), where, fail)
        for key in ("match", "volume"):
            if key not in entry:
                fail(where, f'missing {key!r}: expected {{match: "glob", volume: "N/period"}}')
        match = _entry_value(entry, "match", _text(), where, fail)
        out.append(VolumeOverride(match, _entry_value(entry, "volume", parse_volume, where, fail)))
    return tuple(out)


def _entry_value(
    entry: dict[str, Any], key: str, convert: Converter, where: str, fail: Callable[[str, str], Any]
) -> Any:
    try:
        return convert(entry[key])
    except ValueError as exc:
        fail(f"{where}.{key}", str(exc))


def _check_known(key: str, valid: tuple[str, ...], section: str, fail: Callable[[str, str], Any]) -> None:
    if key in valid:
        return
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else f"; valid keys: {', '.join(valid)}"
    where = f" in {section}" if section else ""
    fail(f"{section}.{key}" if section else key, f"unknown key {key!r}{where}{hint}")


def _failer(lines: dict[str, int], path: str) -> Callable[[str, str], Any]:
    def fail(key_path: str, message: str) -> None:
        raise ConfigError(f"{key_path}: {message}", path=path, line=_line_for(key_path, lines), key=key_path)

    return fail


def _line_for(key_path: str, lines: dict[str, int]) -> int | None:
    while key_path:
        if key_path in lines:
            return lines[key_path]
        key_path = key_path.rsplit(".", 1)[0] if "." in key_path else ""
    return None
