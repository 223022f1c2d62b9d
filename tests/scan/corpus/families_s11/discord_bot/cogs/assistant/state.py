"""Conversation compaction: a summary request whose options are a dict built here."""

from typing import Any

SUMMARY_MODEL = "claude-3-5-haiku-latest"


async def compact(cog, messages: list) -> str:
    options: dict[str, Any] = {"model": SUMMARY_MODEL, "max_tokens": 1024, "messages": messages}
    summary = await cog.client.messages.parse(**options)
    return summary.parsed_output
