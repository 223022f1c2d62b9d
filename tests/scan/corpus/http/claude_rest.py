import json
import os
import urllib.request

import aiohttp

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


async def ask(question: str) -> str:
    headers = {"x-api-key": os.environ["ANTHROPIC_API_KEY"], "anthropic-version": "2023-06-01"}
    body = {
        "model": "claude-3-5-haiku-20241022",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": question}],
    }
    async with aiohttp.ClientSession() as session:
        async with session.post(ANTHROPIC_URL, headers=headers, json=body) as resp:
            data = await resp.json()
    return data["content"][0]["text"]


def ping() -> int:
    with urllib.request.urlopen("https://status.anthropic.com/api/v2/status.json") as r:
        return json.load(r)["status"]["indicator"]
