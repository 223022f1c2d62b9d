from functools import lru_cache

from openai import OpenAI
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    openai_api_key: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_max_tokens: int = 700
    llm_temperature: float = 0.3


@lru_cache
def get_settings() -> Settings:
    return Settings()


class Summariser:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self.client = OpenAI(api_key=self.settings.openai_api_key)

    def summarise(self, text: str) -> str:
        r = self.client.chat.completions.create(
            model=self.settings.llm_model,
            max_tokens=self.settings.llm_max_tokens,
            temperature=self.settings.llm_temperature,
            messages=[{"role": "user", "content": "Summarise:\n" + text}],
        )
        return r.choices[0].message.content
