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


def ask_stdlib(question: str) -> str:
    """Standard library only: urllib with a Request object, and http.client."""
    import http.client
    from urllib.request import Request, urlopen

    body = {"model": "llama3.1:8b", "prompt": question, "stream": False, "options": {"num_predict": 64}}
    request = Request("http://localhost:11434/api/generate", data=json.dumps(body).encode("utf-8"), method="POST")
    with urlopen(request) as response:
        first = json.loads(response.read())["response"]
    conn = http.client.HTTPSConnection("api.openai.com")
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": first}], "max_tokens": 90}
    conn.request("POST", "/v1/chat/completions", body=json.dumps(chat), headers={"Authorization": "Bearer x"})
    history = urlopen(Request("http://localhost:11434/api/chat/history"))  # a GET: not a generation
    return conn.getresponse().read().decode() + str(history.status)
