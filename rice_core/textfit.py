"""Fit terminal tables into the console width: drop whole columns by priority, shorten paths from the middle, and
never cut a model id (a cut id reads as another model). Pure functions over strings; the renderers build their
rich tables from what these choose, so an 80-column terminal gets fewer columns rather than mangled cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len

PAD = 3  # between two columns of an edge-less SIMPLE_HEAD table: one space of padding either side of a blank rule


def shorten_middle(text: str, width: int) -> str:
    """Keep the start and the file name of a ``path:line``: ``support_bot/…/answer.py:22``; plain text keeps its
    two ends. ``width`` ≥ 1; the result is never longer."""
    if cell_len(text) <= width:
        return text
    head, sep, tail = text.rpartition("/")
    end = sep + tail if sep else text[-((width - 1) // 2) :]
    if cell_len(end) + 2 > width:  # even the file name does not fit: keep its end
        return "…" + text[len(text) - width + 1 :]
    room = width - cell_len(end) - 1
    return text[:room] + "…" + end


@dataclass
class Column:
    """One candidate column: its header, its cells (already formatted) and how it may give way."""

    header: str
    cells: Sequence[str]
    drop_rank: int = 0  # 0: always shown; otherwise dropped before columns with a lower rank (highest first)
    min_width: int = 0  # > 0: the column may shrink to this (its cells are shortened from the middle)
    justify: str = "left"
    options: dict[str, object] = field(default_factory=dict)

    @property
    def natural(self) -> int:
        lines = [line for text in (self.header, *self.cells) for line in text.split("\n")]
        return max((cell_len(line) for line in lines), default=0)

    @property
    def least(self) -> int:
        return min(self.natural, self.min_width) if self.min_width else self.natural


def table_width(widths: Sequence[int]) -> int:
    """Width of an edge-less rich table (``show_edge=False, pad_edge=False``) with these column widths."""
    return sum(widths) + PAD * max(len(widths) - 1, 0)


def fit(columns: Sequence[Column], width: int) -> tuple[list[Column], dict[str, int]]:
    """The columns to show in ``width`` and the width of each shrinkable one. Columns are dropped by rank (highest
    first) until the rest fit with the shrinkable ones at their minimum; the space left goes to those."""
    kept = list(columns)
    while table_width([c.least for c in kept]) > width:
        droppable = [c for c in kept if c.drop_rank]
        if not droppable:
            break
        kept.remove(max(droppable, key=lambda c: c.drop_rank))
    spare = width - table_width([c.natural if not c.min_width else c.least for c in kept])
    sizes = {}
    for c in kept:
        if c.min_width:
            grant = min(c.natural, c.least + max(spare, 0))
            spare -= grant - c.least
            sizes[c.header] = grant
    return kept, sizes
