import os

import requests

GEMINI_MODEL = "gemini-1.5-pro"
AZURE_ENDPOINT = os.environ.get("AZURE_ENDPOINT", "https://contoso.openai.azure.com")
AZURE_DEPLOYMENT = "gpt-4o"


def gemini(question: str) -> str:
    url = f"https://generativelanguage.googleapis.com/v1beta/models/{GEMINI_MODEL}:generateContent?key={os.environ['GEMINI_KEY']}"
    body = {"contents": [{"parts": [{"text": question}]}], "generationConfig": {"maxOutputTokens": 256}}
    return requests.post(url, json=body, timeout=30).json()["candidates"][0]["content"]["parts"][0]["text"]


def azure(question: str) -> str:
    url = f"{AZURE_ENDPOINT}/openai/deployments/{AZURE_DEPLOYMENT}/chat/completions?api-version=2024-06-01"
    payload = {"messages": [{"role": "user", "content": question}], "max_tokens": 400}
    return requests.post(url, headers={"api-key": os.environ["AZURE_KEY"]}, json=payload).json()


def openai_compatible(question: str, temperature: float = 0.2) -> dict:
    payload = {}
    payload["model"] = "mistral-small-latest"
    payload["messages"] = [{"role": "user", "content": question}]
    payload["temperature"] = temperature
    return requests.post("https://api.mistral.ai/v1/chat/completions", json=payload).json()
