"""A tiny magentic-style @prompt decorator used across the analytics repo."""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

from openai import OpenAI

_client = OpenAI()


def prompt(template: str, *, model: str = "gpt-4o-mini", max_tokens: int = 400) -> Callable:
    def decorator(fn: Callable[..., Any]) -> Callable[..., str]:
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> str:
            bound = sig.bind(*args, **kwargs)
            text = template.format(**bound.arguments)
            r = _client.chat.completions.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": text}],
            )
            return r.choices[0].message.content

        return wrapper

    return decorator


@prompt("Explain the SQL query {sql} to a business analyst in 3 sentences.")
def explain_sql(sql: str) -> str: ...


@prompt("Suggest a chart type for columns: {columns}", max_tokens=50)
def suggest_chart(columns: list[str]) -> str: ...
