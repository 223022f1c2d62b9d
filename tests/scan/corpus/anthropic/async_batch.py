import asyncio

from anthropic import AsyncAnthropic

client = AsyncAnthropic()
SEM = asyncio.Semaphore(8)


async def label(review: str) -> str:
    async with SEM:
        resp = await client.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=10,
            messages=[
                {"role": "user", "content": f"Label the sentiment of this review as positive, negative or mixed.\n\n{review}"},
            ],
        )
    return resp.content[0].text.strip()


async def label_all(reviews):
    return await asyncio.gather(*[label(r) for r in reviews])
