from typing import Any, Protocol


class ChatCompletions(Protocol):
    def create(self, *, model: str, messages: list[dict[str, Any]], **kw: Any) -> Any: ...


class Chat(Protocol):
    completions: ChatCompletions


class SupportsChat(Protocol):
    chat: Chat


def count_tokens(model: str = "gpt-4o") -> int:
    import tiktoken

    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode("hello world"))
