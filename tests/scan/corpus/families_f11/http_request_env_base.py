"""Raw HTTP through ``requests.request("POST", ...)`` with the host read from the environment."""

import json
import os

import httpx
import requests

BASE = os.getenv("LLM_BASE_URL")
endpoint = BASE + "/chat/completions"
payload = json.dumps(
    {
        "model": "qwen2.5-7b-instruct",
        "messages": [{"role": "user", "content": "List three uses of rice straw."}],
        "max_tokens": 120,
    }
)
reply = requests.request("POST", endpoint, headers={"Content-Type": "application/json"}, data=payload)


def ask_claude(question: str) -> dict:
    body = {"model": "claude-3-5-haiku-latest", "max_tokens": 256, "messages": [{"role": "user", "content": question}]}
    return httpx.request("POST", os.environ["ANTHROPIC_PROXY"] + "/v1/messages", json=body).json()
