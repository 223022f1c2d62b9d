"""Token counting for resolved prompt text through the core counter (``rice_core.tokens``)."""
from __future__ import annotations

from collections.abc import Sequence


def prompt_tokens_of(parts: Sequence[str], chat: bool, model: str | None) -> int:
    """Tokens of literal prompt parts: a chat message list (with per-message overhead) or plain text."""
    from rice_core.tokens import count_messages, count_text

    if chat:
        return count_messages([{"content": p} for p in parts], model) if parts else 0
    text = "".join(parts)
    return count_text(text, model) if text else 0
