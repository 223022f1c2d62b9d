from __future__ import annotations

from dataclasses import dataclass

from anthropic import AsyncAnthropic

REVIEW_PROMPT = """You are a strict senior reviewer. List concrete problems in the diff,
most severe first. Say "LGTM" if there are none."""


@dataclass
class CodeReviewer:
    client: AsyncAnthropic
    model: str = "claude-3-7-sonnet-20250219"
    max_tokens: int = 1500

    async def review(self, diff: str) -> str:
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=REVIEW_PROMPT,
            messages=[{"role": "user", "content": diff}],
        )
        return "".join(b.text for b in msg.content if b.type == "text")
