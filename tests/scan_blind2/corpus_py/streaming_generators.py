from typing import Iterator

from anthropic import Anthropic
from openai import OpenAI

oai = OpenAI()
claude = Anthropic()


def stream_openai(prompt: str, model: str = "gpt-4o") -> Iterator[str]:
    stream = oai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in stream:
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


def stream_claude(prompt: str) -> Iterator[str]:
    with claude.messages.stream(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        messages=[{"role": "user", "content": prompt}],
    ) as s:
        yield from s.text_stream
