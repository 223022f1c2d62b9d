"""Decide, per message, whether the bot can answer or a human must take over."""
from __future__ import annotations

from openai import OpenAI

ROUTER_MODEL = "gpt-4o-mini"

ROUTER_PROMPT = """Decide who should handle this customer message.
Reply with exactly one word: BOT if a help-centre answer is enough, HUMAN if it needs an agent
(legal threats, security incidents, payments that failed twice, or an explicit request for a person).

Message: {message}"""

client = OpenAI()


def needs_human(message: str) -> bool:
    result = client.chat.completions.create(
        model=ROUTER_MODEL,
        messages=[{"role": "user", "content": ROUTER_PROMPT.format(message=message)}],
        max_tokens=2,
        temperature=0,
    )
    return (result.choices[0].message.content or "").strip().upper() == "HUMAN"
