from anthropic import Anthropic
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    claude_model: str = "claude-3-5-haiku-20241022"
    max_output: int = 512

    class Config:
        env_prefix = "APP_"


settings = Settings()
anthropic_client = Anthropic()


def suggest_reply(thread: str) -> str:
    m = anthropic_client.messages.create(
        model=settings.claude_model,
        max_tokens=settings.max_output,
        messages=[{"role": "user", "content": "Suggest a polite reply to:\n" + thread}],
    )
    return m.content[0].text
