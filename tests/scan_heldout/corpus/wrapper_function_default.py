import time
import logging

from anthropic import Anthropic, RateLimitError

log = logging.getLogger("llm")
_client = Anthropic()


def call_claude(prompt: str, model: str = "claude-3-5-sonnet-20241022", max_tokens: int = 1024, retries: int = 3) -> str:
    for attempt in range(retries):
        try:
            resp = _client.messages.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.content[0].text
        except RateLimitError:
            log.warning("rate limited, attempt %d", attempt)
            time.sleep(2**attempt)
    raise RuntimeError("exhausted retries")


def outline(topic: str) -> str:
    return call_claude(f"Outline an essay on {topic}", max_tokens=400)
