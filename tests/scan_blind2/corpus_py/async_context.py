import asyncio

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

QUESTIONS = ["What is RAG?", "What is a vector DB?", "Explain BM25."]
MODEL = "gpt-4o-mini"


async def ask_all(questions: list[str]) -> list[str]:
    async with AsyncOpenAI() as client:
        results = await asyncio.gather(
            *[
                client.chat.completions.create(
                    model=MODEL,
                    messages=[{"role": "user", "content": q}],
                )
                for q in questions
            ]
        )
    return [r.choices[0].message.content for r in results]


async def critique(answer: str) -> str:
    async with AsyncAnthropic() as claude:
        msg = await claude.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=400,
            system="You are a strict reviewer.",
            messages=[{"role": "user", "content": answer}],
        )
    return msg.content[0].text


if __name__ == "__main__":
    print(asyncio.run(ask_all(QUESTIONS)))
