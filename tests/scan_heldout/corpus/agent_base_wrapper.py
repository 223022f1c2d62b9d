"""A tiny AutoGPT-style agent with a base LLM wrapper and two providers."""
from __future__ import annotations

import abc

import anthropic
import openai


class BaseLLM(abc.ABC):
    def __init__(self, model: str, temperature: float = 0.2):
        self.model = model
        self.temperature = temperature

    @abc.abstractmethod
    def chat(self, messages: list[dict]) -> str: ...


class OpenAILLM(BaseLLM):
    def __init__(self, model: str = "gpt-4-turbo", temperature: float = 0.2):
        super().__init__(model, temperature)
        self.client = openai.OpenAI()

    def chat(self, messages: list[dict]) -> str:
        out = self.client.chat.completions.create(
            model=self.model, messages=messages, temperature=self.temperature
        )
        return out.choices[0].message.content or ""


class ClaudeLLM(BaseLLM):
    def __init__(self, model: str = "claude-3-5-sonnet-20241022", temperature: float = 0.2):
        super().__init__(model, temperature)
        self.client = anthropic.Anthropic()

    def chat(self, messages: list[dict]) -> str:
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        rest = [m for m in messages if m["role"] != "system"]
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            messages=rest,
            max_tokens=2048,
            temperature=self.temperature,
        )
        return msg.content[0].text


class Agent:
    def __init__(self, llm: BaseLLM, goal: str):
        self.llm = llm
        self.goal = goal
        self.memory: list[dict] = [{"role": "system", "content": f"You are an autonomous agent. Goal: {goal}"}]

    def step(self, observation: str) -> str:
        self.memory.append({"role": "user", "content": observation})
        thought = self.llm.chat(self.memory)
        self.memory.append({"role": "assistant", "content": thought})
        return thought
