"""A 2021-era script posting to OpenAI's engines API, where the model sits in the URL path."""

import os

import requests

ENGINE = "text-curie-001"


def complete(prompt: str) -> str:
    response = requests.post(
        f"https://api.openai.com/v1/engines/{ENGINE}/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"prompt": prompt, "max_tokens": 64, "temperature": 0},
        timeout=30,
    )
    return response.json()["choices"][0]["text"]
