from __future__ import annotations

import logging
from dataclasses import dataclass

from openai import OpenAI

log = logging.getLogger(__name__)


@dataclass
class ReviewResult:
    verdict: str
    comments: str


class CodeReviewer:
    DEFAULT_MODEL = "o4-mini"

    def __init__(self, model: str | None = None) -> None:
        self.client = OpenAI(timeout=60)
        self.model = model or self.DEFAULT_MODEL

    def review(self, diff: str) -> ReviewResult:
        log.info("reviewing %d chars", len(diff))
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "developer", "content": "You are a meticulous senior reviewer. Reply 'approve' or 'changes'."},
                {"role": "user", "content": diff},
            ],
            max_completion_tokens=2000,
        )
        text = response.choices[0].message.content or ""
        return ReviewResult(text.split()[0] if text else "", text)
