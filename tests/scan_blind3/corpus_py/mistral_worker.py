import asyncio
import os

from mistralai import Mistral

api = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


def tag_document(doc: str) -> str:
    res = api.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": "Give 5 comma-separated tags for:\n" + doc}],
        max_tokens=50,
    )
    return res.choices[0].message.content


async def tag_many(docs: list[str]) -> list[str]:
    async def one(d: str) -> str:
        r = await api.chat.complete_async(model="open-mistral-nemo", messages=[{"role": "user", "content": d}])
        return r.choices[0].message.content

    return await asyncio.gather(*(one(d) for d in docs))
