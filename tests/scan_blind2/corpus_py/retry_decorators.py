import functools
import logging
import time

from anthropic import Anthropic, APIStatusError
from tenacity import retry, stop_after_attempt, wait_random_exponential

log = logging.getLogger("llm")
claude = Anthropic()


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.2fs", fn.__name__, time.perf_counter() - t0)

    return wrapper


@traced
@retry(wait=wait_random_exponential(min=1, max=20), stop=stop_after_attempt(6))
def extract_entities(text: str) -> str:
    try:
        msg = claude.messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=800,
            messages=[{"role": "user", "content": "Extract people and places as JSON:\n" + text}],
        )
    except APIStatusError as exc:
        log.warning("anthropic error %s", exc.status_code)
        raise
    return msg.content[0].text
