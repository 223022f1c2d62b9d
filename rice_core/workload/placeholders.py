"""Prompt placeholders sized by meaning (``rice_core/data/workload/placeholders.json``).

What fills a placeholder wins when the code shows it (``top_k`` retrieved passages, a ``history[-N:]`` slice);
else its name says what it holds (``{context}`` ≈ 4 passages, ``{question}`` ≈ one user message, ``{name}`` a few
tokens). ``rice.yaml`` ``tokens.placeholders`` overrides any name; names that match nothing cost
``defaults.placeholder_tokens``.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from rice_core.errors import CatalogError

FILENAME = "placeholders.json"
_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


@dataclass(frozen=True)
class Hole:
    """One placeholder as the scanner saw it: its name, and what fills it where the code shows that."""

    name: str  # "" when the value has no name (a call result, an expression)
    filler: str = ""  # "passages" | "history" | "file" | "" (unknown)
    items: int | None = None  # top_k passages, N history messages
    detail: str = ""  # how the filler was read: "retrieve(question, TOP_K_PASSAGES=4)"


@dataclass(frozen=True)
class Guess:
    """A placeholder's estimated size and how it was reckoned (shown in the hover)."""

    name: str
    tokens: int
    how: str


@dataclass(frozen=True)
class _Class:
    id: str
    label: str
    names: frozenset[str]
    tokens: int | None
    tokens_per_item: int | None
    default_items: int | None


def size_hole(hole: Hole, overrides: Mapping[str, int] | None = None, default_tokens: int = 50) -> Guess:
    """Tokens of one placeholder: rice.yaml override > what fills it > its name > ``default_tokens``."""
    override = _override(hole.name, overrides or {})
    if override is not None:
        return Guess(hole.name, override[1], f"rice.yaml tokens.placeholders {override[0]!r}")
    by_name = class_of(hole.name)
    filler = _class_by_id(hole.filler) if hole.filler else None
    if filler is not None and filler.tokens_per_item and hole.items:
        how = f"{hole.items} {filler.label} × {filler.tokens_per_item}" + (f" ({hole.detail})" if hole.detail else "")
        return Guess(hole.name, hole.items * filler.tokens_per_item, how)
    chosen = filler or by_name
    if chosen is None:
        return Guess(hole.name, default_tokens, "defaults.placeholder_tokens (name says nothing)")
    if chosen.tokens_per_item and chosen.default_items:
        items = hole.items or chosen.default_items
        return Guess(hole.name, items * chosen.tokens_per_item, f"{chosen.label}: {items} × {chosen.tokens_per_item}")
    return Guess(hole.name, chosen.tokens or default_tokens, chosen.label)


def words_of(name: str) -> list[str]:
    """``retrievedContext`` → ["retrieved", "context"]; ``chat_history`` → ["chat", "history"]."""
    return [w.lower() for w in _WORDS.findall(name)]


def class_of(name: str) -> _Class | None:
    """The class a name belongs to: by its whole name, its last word, then any word (file order)."""
    words = words_of(name)
    if not words:
        return None
    whole = "_".join(words)
    classes = _classes()
    for probe in (whole, words[-1]):
        for cls in classes:
            if probe in cls.names:
                return cls
    return next((cls for word in words for cls in classes if word in cls.names), None)


def _override(name: str, overrides: Mapping[str, int]) -> tuple[str, int] | None:
    if name in overrides:
        return name, overrides[name]
    return next(
        ((pattern, tokens) for pattern, tokens in overrides.items() if fnmatch.fnmatchcase(name, pattern)), None
    )


def _class_by_id(class_id: str) -> _Class | None:
    return next((cls for cls in _classes() if cls.id == class_id), None)


@cache
def _classes() -> tuple[_Class, ...]:
    try:
        data = json.loads(files("rice_core.data.workload").joinpath(FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"workload {FILENAME}: cannot be read: {exc}") from exc
    return parse_classes(data)


def parse_classes(data: Any) -> tuple[_Class, ...]:
    """Validate the raw JSON; raises ``CatalogError`` naming the class and the problem."""
    raw_classes = data.get("classes") if isinstance(data, dict) else None
    if not isinstance(raw_classes, list):
        raise CatalogError(f"workload {FILENAME}: expected an object with a 'classes' list")
    out = []
    for raw in raw_classes:
        cid = raw.get("id") if isinstance(raw, dict) else None
        ok = isinstance(cid, str) and raw.get("sources") and isinstance(raw.get("names"), list)
        single, per_item, items = raw.get("tokens"), raw.get("tokens_per_item"), raw.get("default_items")
        if not ok or not (isinstance(single, int) or (isinstance(per_item, int) and isinstance(items, int))):
            raise CatalogError(f"workload {FILENAME}: class {cid!r}: needs names, sources and tokens or items")
        out.append(
            _Class(
                id=str(cid),
                label=str(raw.get("label", cid)),
                names=frozenset(raw["names"]),
                tokens=single,
                tokens_per_item=per_item,
                default_items=items,
            )
        )
    return tuple(out)
