"""Shared API clients, created once per process."""
from functools import lru_cache

from openai import OpenAI

from .settings import TIMEOUT_S


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(timeout=TIMEOUT_S, max_retries=3)


openai_client = get_openai()
