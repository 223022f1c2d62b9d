import os


class Config:
    OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-4o")
    SUMMARY_MAX_TOKENS = 400
    DEBUG = os.getenv("DEBUG", "0") == "1"


settings = Config()
