"""Nightly digest for the support leads: recurring problems of the day, from the day's ticket summaries."""
from __future__ import annotations

import anthropic

DIGEST_MODEL = "claude-sonnet-4-20250514"

DIGEST_PROMPT = """Here are today's ticket summaries, one per line.
Group them into at most seven recurring problems, biggest first, with a count and one example ticket id each,
then list anything that looks like a new incident.

{summaries}"""

client = anthropic.Anthropic()


def nightly_digest(summaries: list[str]) -> str:
    # rice: volume=1/day
    message = client.messages.create(
        model=DIGEST_MODEL,
        max_tokens=1200,
        messages=[{"role": "user", "content": DIGEST_PROMPT.format(summaries="\n".join(summaries))}],
    )
    return message.content[0].text
