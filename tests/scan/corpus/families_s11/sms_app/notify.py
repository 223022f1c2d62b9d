"""Look-alike: an SMS sender whose client's ``messages.create`` takes a dict of options; nothing next to it
imports an LLM SDK."""

from typing import Any


def send(service, params: dict[str, Any], body: str) -> str:
    params["body"] = body
    return service.client.messages.create(**params).sid
