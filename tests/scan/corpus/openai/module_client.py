"""Uses the module-level client of openai>=1 (openai.chat.completions)."""
import openai


def haiku(subject: str) -> str:
    r = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Write a haiku about {subject}."}],
        max_tokens=60,
    )
    return r.choices[0].message.content
