import asyncio

import openai

client = openai.AsyncOpenAI()


async def stream_story(topic: str) -> str:
    chunks = []
    stream = await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Write a bedtime story about {topic}."}],
        stream=True,
        max_tokens=700,
    )
    async for chunk in stream:
        delta = chunk.choices[0].delta.content or ""
        chunks.append(delta)
        print(delta, end="", flush=True)
    return "".join(chunks)


if __name__ == "__main__":
    asyncio.run(stream_story("a brave turtle"))
