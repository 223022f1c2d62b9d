"""Raw HTTP clients whose URL is handed to the constructor from a settings object; an HF router URL."""

import os

import requests
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    chat_model: str = os.getenv("CHAT_MODEL", "mistralai/Mistral-7B-Instruct-v0.3")
    router_url: str = os.getenv("ROUTER_URL", "https://router.huggingface.co/v1/chat/completions")
    local_url: str = os.getenv("LOCAL_URL", "http://localhost:11434/api/chat")


settings = Settings()


class RouterClient:
    def __init__(self, model_name: str, endpoint: str):
        self.model_name = model_name
        self.endpoint = endpoint

    def complete(self, messages: list[dict]) -> str:
        reply = requests.post(self.endpoint, json={"model": self.model_name, "messages": messages}, timeout=30)
        return reply.json()["choices"][0]["message"]["content"]


class LocalClient:
    def __init__(self, model_name: str, endpoint: str):
        self.model_name = model_name
        self.endpoint = endpoint

    def complete(self, messages: list[dict]) -> str:
        reply = requests.post(self.endpoint, json={"model": self.model_name, "messages": messages, "stream": False})
        return reply.json()["message"]["content"]


def pick(local: bool):
    if local:
        return LocalClient(model_name=settings.chat_model, endpoint=settings.local_url)
    return RouterClient(settings.chat_model, settings.router_url)
