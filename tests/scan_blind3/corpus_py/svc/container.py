"""Wiring: build the clients once and inject them."""
from anthropic import AsyncAnthropic

from svc.reviewer import CodeReviewer


def build_reviewer() -> CodeReviewer:
    return CodeReviewer(client=AsyncAnthropic(max_retries=3))
