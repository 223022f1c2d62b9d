"""Hand-over summaries of long conversations, written when a ticket moves to a human agent."""
from __future__ import annotations

import os
from pathlib import Path

import anthropic

PROMPTS = Path(__file__).parent / "prompts"
SUMMARY_MODEL = os.environ.get("SUMMARY_MODEL", "claude-3-5-haiku-20241022")
SUMMARY_MAX_TOKENS = 250

client = anthropic.Anthropic()


def summarise_conversation(transcript: str) -> str:
    system = (PROMPTS / "summary_system.txt").read_text(encoding="utf-8")
    message = client.messages.create(
        model=SUMMARY_MODEL,
        system=system,
        max_tokens=SUMMARY_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Conversation transcript:\n\n{transcript}"}],
    )
    return "".join(block.text for block in message.content if block.type == "text")
