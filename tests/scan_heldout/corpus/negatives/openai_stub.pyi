from typing import Any, Iterable

class Completions:
    def create(self, *, model: str, messages: Iterable[dict], **kwargs: Any) -> Any: ...

class Chat:
    completions: Completions

class OpenAI:
    chat: Chat
    def __init__(self, api_key: str | None = ...) -> None: ...

def example(client: OpenAI) -> None:
    client.chat.completions.create(model="gpt-4o", messages=[])
