import os

from mistralai import Mistral

api_key = os.environ["MISTRAL_API_KEY"]
model = "mistral-large-latest"

client = Mistral(api_key=api_key)


def explain(code: str) -> str:
    chat_response = client.chat.complete(
        model=model,
        messages=[
            {"role": "user", "content": f"Explain what this code does:\n```\n{code}\n```"},
        ],
    )
    return chat_response.choices[0].message.content


def stream_haiku():
    stream = client.chat.stream(model="open-mistral-nemo", messages=[{"role": "user", "content": "A haiku about rain"}])
    for chunk in stream:
        print(chunk.data.choices[0].delta.content, end="")
