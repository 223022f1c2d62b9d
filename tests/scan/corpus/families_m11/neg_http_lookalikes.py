"""Look-alikes: Hugging Face Inference URLs to an embedding and an image model, a Slack post whose path starts like
Ollama's chat route, and a registry's model-tag endpoint."""

import requests

HF_API = "https://api-inference.huggingface.co/models/"
TOKEN = {"Authorization": "Bearer hf_example"}


def embed(sentences: list[str]) -> list:
    return requests.post(HF_API + "sentence-transformers/all-MiniLM-L6-v2", headers=TOKEN, json={"inputs": sentences})


def paint(idea: str) -> bytes:
    url = HF_API + "stabilityai/stable-diffusion-xl-base-1.0"
    return requests.post(url, headers=TOKEN, json={"inputs": idea}).content


def notify(channel: str, text: str) -> None:
    requests.post("https://slack.com/api/chat.postMessage", json={"channel": channel, "text": text})


def tag(name: str) -> None:
    requests.post(f"https://registry.example.org/model/{name}/tags", json={"tag": "stable"})
