"""Builds request payloads for an external queue; the call happens in another service (not Python)."""
from dataclasses import dataclass, asdict


@dataclass
class ChatRequest:
    model: str
    messages: list
    max_tokens: int = 256


def build(question: str) -> dict:
    req = ChatRequest(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    return asdict(req)


def build_openai_style(question: str) -> dict:
    return dict(model="claude-3-haiku-20240307", messages=[{"role": "user", "content": question}], max_tokens=100)
