import asyncio

import anthropic
from openai import AsyncOpenAI

OPENAI_MODEL = "gpt-4o-mini"


async def draft(topic: str) -> str:
    async with AsyncOpenAI() as client:
        r = await client.chat.completions.create(
            model=OPENAI_MODEL,
            messages=[{"role": "user", "content": f"Draft a blog intro about {topic}"}],
            stream=False,
        )
    return r.choices[0].message.content


async def polish(text: str) -> str:
    out = []
    async with anthropic.AsyncAnthropic() as claude:
        async with claude.messages.stream(
            model="claude-opus-4-20250514",
            max_tokens=2048,
            messages=[{"role": "user", "content": "Polish this draft:\n" + text}],
        ) as stream:
            async for piece in stream.text_stream:
                out.append(piece)
    return "".join(out)


if __name__ == "__main__":
    print(asyncio.run(polish(asyncio.run(draft("tide pools")))))
