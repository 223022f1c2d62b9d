import os

from mistralai import Mistral

api_key = os.environ["MISTRAL_API_KEY"]
client = Mistral(api_key=api_key)


def french_summary(text: str) -> str:
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Résume ce texte en français : {text}"}],
        max_tokens=300,
    )
    return res.choices[0].message.content


async def stream_code(task: str):
    response = await client.chat.stream_async(model="codestral-latest", messages=[{"role": "user", "content": task}])
    async for chunk in response:
        print(chunk.data.choices[0].delta.content, end="")
