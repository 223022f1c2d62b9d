"""Token counting for resolved prompt text through the core counter (``rice_core.tokens``)."""

from __future__ import annotations

from collections.abc import Sequence


def prompt_tokens_of(parts: Sequence[str], messages: int, model: str | None) -> int:
    """Tokens of literal prompt parts: a chat list of ``messages`` messages (OpenAI's per-message overhead
    included; messages without literal text count their overhead only) or plain text when ``messages`` is 0."""
    from rice_core.tokens import count_messages, count_text

    if messages:
        rows = [{"content": p} for p in parts] + [{} for _ in range(max(0, messages - len(parts)))]
        return count_messages(rows, model)
    text = "".join(parts)
    return count_text(text, model) if text else 0
