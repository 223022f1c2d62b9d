import os

import cohere
from mistralai import Mistral

mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
co = cohere.ClientV2()


def mistral_answer(q: str) -> str:
    r = mistral.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": q}])
    return r.choices[0].message.content


def cohere_answer(q: str, docs: list[dict]) -> str:
    r = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": q}],
        documents=docs,
    )
    return r.message.content[0].text
