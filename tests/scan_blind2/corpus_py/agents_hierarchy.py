from __future__ import annotations

import abc

import anthropic


class BaseAgent(abc.ABC):
    def __init__(self, model: str, max_tokens: int = 1024) -> None:
        self.client = anthropic.Anthropic()
        self.model = model
        self.max_tokens = max_tokens

    @property
    @abc.abstractmethod
    def system_prompt(self) -> str: ...

    def step(self, history: list[dict]) -> str:
        response = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=self.system_prompt,
            messages=history,
        )
        return "".join(b.text for b in response.content if b.type == "text")


class PlannerAgent(BaseAgent):
    def __init__(self) -> None:
        super().__init__(model="claude-3-7-sonnet-20250219", max_tokens=2048)

    @property
    def system_prompt(self) -> str:
        return "Break the user's goal into numbered steps."
