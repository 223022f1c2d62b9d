import cohere
from mistralai import Mistral

co = cohere.Client()
mistral = Mistral(api_key="...")


def cohere_answer(q: str) -> str:
    return co.chat(message=q, model="command-r", preamble="Answer briefly.").text


async def mistral_answer(q: str) -> str:
    res = await mistral.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": q}])
    return res.choices[0].message.content
