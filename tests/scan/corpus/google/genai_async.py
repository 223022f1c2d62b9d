import asyncio

from google import genai

client = genai.Client(vertexai=True, project="acme-prod", location="us-central1")
MODEL_ID = "gemini-2.0-flash-001"


async def caption(alt_texts: list[str]) -> list[str]:
    async def one(text: str) -> str:
        r = await client.aio.models.generate_content(model=MODEL_ID, contents="Improve this alt text: " + text)
        return r.text

    return await asyncio.gather(*(one(t) for t in alt_texts))
