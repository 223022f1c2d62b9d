"""Tiny dependency-injection setup (dependency_injector style, by hand)."""
from dataclasses import dataclass

from openai import OpenAI


@dataclass
class Summarizer:
    llm: OpenAI
    model: str = "gpt-4o-mini"
    max_words: int = 80

    def __call__(self, text: str) -> str:
        result = self.llm.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": f"Summarize in at most {self.max_words} words."},
                {"role": "user", "content": text},
            ],
        )
        return result.choices[0].message.content


class Container:
    def __init__(self) -> None:
        self.openai = OpenAI()
        self.summarizer = Summarizer(llm=self.openai)


container = Container()
