"""Help-desk settings: the environment wins, these are the defaults."""

import os

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    answer_model: str = "gpt-4.1-mini"
    max_answer_tokens: int = 600


settings = Settings()

LIMITS = {
    "triage_model": os.environ.get("TRIAGE_MODEL") or "claude-3-5-haiku-latest",
    "triage_tokens": 200,
}
