"""magentic-style @llm_function decorator on top of the OpenAI SDK."""
import functools
import inspect
from typing import Callable

from openai import OpenAI

_client = OpenAI()


def llm_function(model: str, temperature: float = 0.0) -> Callable:
    def decorator(fn: Callable) -> Callable:
        template = inspect.getdoc(fn) or ""

        @functools.wraps(fn)
        def inner(**kwargs) -> str:
            prompt = template.format(**kwargs)
            resp = _client.chat.completions.create(
                model=model,
                temperature=temperature,
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content

        return inner

    return decorator


@llm_function("gpt-4o-mini")
def rhyme(topic: str) -> str:
    """Write a four-line rhyme about {topic}."""
