import asyncio
import os

from openai import AsyncOpenAI

MODEL = os.getenv("SUMMARY_MODEL", "gpt-4o")
client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


async def summarize(doc: str) -> str:
    resp = await client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "Summarize the document in five bullet points."},
            {"role": "user", "content": doc},
        ],
        max_completion_tokens=250,
    )
    return resp.choices[0].message.content or ""


async def summarize_all(docs: list[str]) -> list[str]:
    return await asyncio.gather(*(summarize(d) for d in docs))


if __name__ == "__main__":
    print(asyncio.run(summarize_all(["hello world"])))
