import asyncio
import os

from openai import AsyncAzureOpenAI

client = AsyncAzureOpenAI(
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-06-01",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)
DEPLOYMENT = "gpt-4o-mini"

REVIEWS = [
    "The battery lasts forever, love it.",
    "Broke after two days. Avoid.",
    "It's fine, nothing special.",
]


async def sentiment(review: str, sem: asyncio.Semaphore) -> str:
    async with sem:
        r = await client.chat.completions.create(
            model=DEPLOYMENT,
            messages=[
                {"role": "system", "content": "Reply with positive, negative or neutral."},
                {"role": "user", "content": review},
            ],
            max_tokens=2,
        )
        return r.choices[0].message.content


async def main():
    sem = asyncio.Semaphore(8)
    labels = await asyncio.gather(*(sentiment(r, sem) for r in REVIEWS))
    for review, label in zip(REVIEWS, labels):
        print(f"{label:>9}  {review}")


if __name__ == "__main__":
    asyncio.run(main())
