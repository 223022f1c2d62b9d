from .config import settings
from .llm import client


def summarise_thread(messages: list[str]) -> str:
    joined = "\n".join(messages)
    resp = client.chat.completions.create(
        model=settings.OPENAI_MODEL,
        max_tokens=settings.SUMMARY_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise this thread:\n{joined}"}],
    )
    return resp.choices[0].message.content
