"""Read a shipped catalog file and check its entries; every failure names the file, the entry id and the field.

Catalog files are JSON objects under ``rice_core/data/catalog/``. Loading is lazy (callers wrap it in
``functools.cache``) and never happens at import time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from importlib.resources import files
from typing import Any, NoReturn

from rice_core.errors import CatalogError
from rice_core.ranges import Range

_PACKAGE = "rice_core.data.catalog"


def read_catalog(filename: str) -> dict[str, Any]:
    """Parse ``rice_core/data/catalog/<filename>`` (JSON object) or raise ``CatalogError``."""
    try:
        text = files(_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise CatalogError(f"catalog {filename}: cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise CatalogError(f"catalog {filename}: top level must be a JSON object")
    return data


class EntryReader:
    """Typed access to one raw entry; each getter raises ``CatalogError`` naming file, entry and field."""

    def __init__(self, filename: str, raw: Any, index: int) -> None:
        self.filename = filename
        if not isinstance(raw, Mapping):
            raise CatalogError(f"catalog {filename}: entry #{index} is not an object")
        self.raw = raw
        entry_id = raw.get("id")
        self.id = entry_id if isinstance(entry_id, str) and entry_id else f"#{index}"
        if self.id.startswith("#"):
            self.fail("id", "must be a non-empty string")

    def fail(self, field: str, problem: str) -> NoReturn:
        raise CatalogError(f"catalog {self.filename}: entry {self.id!r}: field {field!r} {problem}")

    def _get(self, field: str, default: Any, required: bool) -> Any:
        if field not in self.raw:
            if required:
                self.fail(field, "is missing")
            return default
        return self.raw[field]

    def text(self, field: str, default: str | None = None) -> str:
        value = self._get(field, default, default is None)
        if not isinstance(value, str) or (default is None and not value):
            self.fail(field, f"must be a non-empty string, got {value!r}")
        return value

    def number(self, field: str, default: float | None = None, positive: bool = True) -> float:
        value = self._get(field, default, default is None)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            self.fail(field, f"must be a number, got {value!r}")
        if positive and value <= 0:
            self.fail(field, f"must be > 0, got {value!r}")
        return float(value)

    def optional_number(self, field: str) -> float | None:
        return None if self.raw.get(field) is None else self.number(field)

    def integer(self, field: str) -> int:
        value = self._get(field, None, True)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.fail(field, f"must be a positive integer, got {value!r}")
        return value

    def boolean(self, field: str, default: bool | None = None) -> bool:
        value = self._get(field, default, default is None)
        if not isinstance(value, bool):
            self.fail(field, f"must be true or false, got {value!r}")
        return value

    def span(self, field: str) -> Range | None:
        value = self.raw.get(field)
        if value is None:
            return None
        if not (isinstance(value, list) and len(value) == 2 and all(_is_number(v) and v > 0 for v in value)):
            self.fail(field, f"must be [low, high] of positive numbers or null, got {value!r}")
        if value[0] > value[1]:
            self.fail(field, f"has low > high: {value!r}")
        return Range(float(value[0]), float(value[1]))

    def strings(self, field: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(field, [], required)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(field, f"must be a list of non-empty strings, got {value!r}")
        if required and not value:
            self.fail(field, "must not be empty")
        return tuple(value)

    def sources(self) -> tuple[str, ...]:
        return self.strings("sources", required=True)

    def choice(self, field: str, allowed: Iterable[str]) -> str:
        value = self.text(field)
        allowed_set = set(allowed)
        if value not in allowed_set:
            self.fail(field, f"must be one of {sorted(allowed_set)}, got {value!r}")
        return value

    def sourced_precision(self) -> str | None:
        """The optional ``precision`` field (model native weights, runtime default builds): a canonical name that
        one of the entry's sources names, so every precision figure stays traceable."""
        from rice_core.precision import CANONICAL

        value = self.raw.get("precision")
        if value is None:
            return None
        if value not in CANONICAL:
            self.fail("precision", f"must be one of {list(CANONICAL)} or null, got {value!r}")
        if not any(value in source.lower() for source in self.sources()):
            self.fail("precision", f"is {value!r} but no entry in 'sources' names it")
        return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value)


def entries(filename: str, data: Mapping[str, Any], key: str) -> list[EntryReader]:
    """The list under ``data[key]`` as readers; ids must be unique."""
    raw_list = data.get(key)
    if not isinstance(raw_list, list) or not raw_list:
        raise CatalogError(f"catalog {filename}: {key!r} must be a non-empty list")
    readers = [EntryReader(filename, raw, i) for i, raw in enumerate(raw_list)]
    seen: set[str] = set()
    for reader in readers:
        if reader.id in seen:
            reader.fail("id", "is a duplicate")
        seen.add(reader.id)
    return readers


def build_index(filename: str, keyed: Iterable[tuple[str, str]], normalise: Any) -> dict[str, str]:
    """Map normalised id/alias → entry id; a name claimed by two entries raises ``CatalogError``."""
    index: dict[str, str] = {}
    for entry_id, name in keyed:
        key = normalise(name)
        owner = index.get(key)
        if owner is not None and owner != entry_id:
            raise CatalogError(
                f"catalog {filename}: entry {entry_id!r}: field 'aliases' name {name!r} already belongs to {owner!r}"
            )
        index[key] = entry_id
    return index
