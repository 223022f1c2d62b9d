"""Generic retry helper; mentions anthropic and openai exception names only."""
import time
from functools import wraps

RETRYABLE = ("openai.RateLimitError", "anthropic.APIConnectionError")


def retry(times=3, delay_s=1.0):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001
                    if type(exc).__qualname__ not in RETRYABLE or attempt == times - 1:
                        raise
                    time.sleep(delay_s)
        return wrapper
    return deco
