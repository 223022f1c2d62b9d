from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TICKETS_")

    llm_model: str = "claude-3-5-sonnet-20241022"
    llm_max_tokens: int = 700
    triage_model: str = "claude-3-haiku-20240307"


settings = Settings()
