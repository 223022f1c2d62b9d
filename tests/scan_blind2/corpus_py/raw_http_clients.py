import os

import httpx
import requests

OLLAMA = os.getenv("OLLAMA_HOST", "http://localhost:11434")
HEADERS = {"Authorization": f"Bearer {os.getenv('OPENAI_API_KEY')}"}


async def openai_http(prompt: str) -> str:
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(
            "https://api.openai.com/v1/chat/completions",
            headers=HEADERS,
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}], "max_tokens": 200},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ollama_http(prompt: str) -> str:
    payload = {"model": "llama3.2:3b", "messages": [{"role": "user", "content": prompt}], "stream": False}
    r = requests.post(f"{OLLAMA}/api/chat", json=payload, timeout=120)
    return r.json()["message"]["content"]
