"""Pluggable completion backends for the docs assistant."""
from __future__ import annotations

import abc

import anthropic
from openai import OpenAI


class Backend(abc.ABC):
    def __init__(self, model: str) -> None:
        self.model = model

    @abc.abstractmethod
    def complete(self, system: str, user: str) -> str: ...


class OpenAIBackend(Backend):
    def __init__(self, model: str = "gpt-4o") -> None:
        super().__init__(model)
        self._client = OpenAI()

    def complete(self, system: str, user: str) -> str:
        r = self._client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        )
        return r.choices[0].message.content or ""


class ClaudeBackend(Backend):
    def __init__(self, model: str = "claude-sonnet-4-20250514") -> None:
        super().__init__(model)
        self._client = anthropic.Anthropic()

    def complete(self, system: str, user: str) -> str:
        r = self._client.messages.create(
            model=self.model, max_tokens=1024, system=system, messages=[{"role": "user", "content": user}]
        )
        return r.content[0].text


BACKENDS: dict[str, type[Backend]] = {"openai": OpenAIBackend, "claude": ClaudeBackend}
