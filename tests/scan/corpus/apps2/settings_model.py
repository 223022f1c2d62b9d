from dataclasses import dataclass, field

from openai import OpenAI


@dataclass
class LLMSettings:
    model: str = "gpt-4o-mini"
    temperature: float = 0.3
    max_tokens: int = 512
    stop: list[str] = field(default_factory=list)


class Assistant:
    def __init__(self, settings: LLMSettings | None = None) -> None:
        self.settings = settings or LLMSettings()
        self.client = OpenAI()

    def reply(self, text: str) -> str:
        request = {
            "model": self.settings.model,
            "temperature": self.settings.temperature,
            "messages": [{"role": "user", "content": text}],
        }
        out = self.client.chat.completions.create(**request, max_tokens=self.settings.max_tokens)
        return out.choices[0].message.content
