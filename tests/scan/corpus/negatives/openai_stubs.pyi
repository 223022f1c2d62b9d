from typing import Any

class Completions:
    def create(self, *, model: str, messages: list[dict[str, Any]], max_tokens: int | None = ...) -> Any: ...

class Chat:
    completions: Completions

class OpenAI:
    chat: Chat
    def __init__(self, api_key: str | None = ...) -> None: ...
