"""The parameter count a model's name states, for a name the catalog does not know (``Qwen/Qwen3-Coder-480B-A35B``).

Open-weight releases put their size in the name: ``8B``, ``0.6B``, ``70b``, ``llama3.1:8b`` (Ollama tags),
and for mixtures of experts total and active together, ``480B-A35B``, ``qwen3:30b-a3b``, ``granite-3.0-3b-a800m``
(Qwen, IBM Granite; active in billions or millions). The parser is conservative: a size is digits followed by
``b`` standing alone between separators, so ``gpt-4``, ``b200``, ``v3``, dates, ``4bit``, ``e4b`` and the
``8x7B`` of Mixtral-style names (whose total is not 8 x 7B: the experts share attention and embeddings) never
match; a name stating two different totals (``OLMoE-1B-7B``) or an expert count (``Llama-4-Scout-17B-16E``: the
17B is the active count, the total is not in the name) gives nothing. Only the size comes from the name: depth,
attention and MoE routing stay the engine's defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a size standing alone: not preceded by a letter, digit or dot, not followed by a letter or digit
_TOTAL = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)b(?![a-z0-9])")
_ACTIVE = re.compile(r"(?<![a-z0-9.])a(\d+(?:\.\d+)?)([bm])(?![a-z0-9])")
_EXPERTS = re.compile(r"(?<![a-z0-9.])\d+e(?![a-z0-9])")  # Llama 4's ``16E``: the B before it is the active count
MIN_PARAMS_B = 0.01
MAX_PARAMS_B = 5000.0


@dataclass(frozen=True)
class NameSize:
    """Total and active parameters (billions) a name states, and the text they were read from."""

    params_b: float
    active_params_b: float  # the total where the name states no active count (dense)
    text: str  # e.g. ``480B-A35B``


def size_from_name(name: str) -> NameSize | None:
    """The size ``name`` states, or None when it states none (or an ambiguous one)."""
    if not isinstance(name, str) or len(name) > 300:
        return None
    text = name.strip().lower()
    if _EXPERTS.search(text):
        return None
    totals = {float(m.group(1)) for m in _TOTAL.finditer(text)}
    if len(totals) != 1:
        return None
    total = totals.pop()
    actives = {float(m.group(1)) * (1.0 if m.group(2) == "b" else 1e-3) for m in _ACTIVE.finditer(text)}
    if len(actives) > 1 or not MIN_PARAMS_B <= total <= MAX_PARAMS_B:
        return None
    active = actives.pop() if actives else total
    if not 0 < active <= total:
        return None
    return NameSize(total, active, f"{total:g}B" + (f"-A{_billions(active)}" if active != total else ""))


def _billions(value_b: float) -> str:
    return f"{value_b:g}B" if value_b >= 1 else f"{value_b * 1e3:g}M"


__all__ = ["NameSize", "size_from_name"]
