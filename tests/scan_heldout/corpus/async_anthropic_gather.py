import asyncio
from anthropic import AsyncAnthropic

client = AsyncAnthropic()
SEM = asyncio.Semaphore(5)

TRANSLATE_MODEL = "claude-3-haiku-20240307"


async def translate(sentence: str, lang: str) -> str:
    async with SEM:
        resp = await client.messages.create(
            model=TRANSLATE_MODEL,
            max_tokens=200,
            messages=[{"role": "user", "content": f"Translate into {lang}: {sentence}"}],
        )
    return resp.content[0].text


async def translate_all(sentences, lang="German"):
    return await asyncio.gather(*[translate(s, lang) for s in sentences])


if __name__ == "__main__":
    print(asyncio.run(translate_all(["Hello", "Good night"])))
