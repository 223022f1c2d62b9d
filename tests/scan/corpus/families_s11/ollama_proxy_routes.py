"""A FastAPI proxy in front of a pool of Ollama hosts: routes named like Ollama's own endpoints, a helper that picks
a client and says so only in its return annotation."""

import random

from fastapi import FastAPI
from ollama import AsyncClient, Client

app = FastAPI()
POOL: dict[str, list] = {}


async def pick_client(model: str) -> Client:
    return random.choice(POOL[model]).client


def pick_async(model: str) -> "AsyncClient | None":
    hosts = POOL.get(model)
    return hosts[0].client if hosts else None


@app.post("/api/chat")
async def chat(body: dict):
    client = await pick_client(body["model"])
    return client.chat(model="qwen2.5:7b", messages=body["messages"])


@app.post("/api/generate")
async def generate(body: dict):
    client = pick_async(body["model"])
    return await client.generate(model="llama3.2:3b", prompt=body["prompt"])


@app.post("/api/forward")
async def forward(body: dict):
    client = await pick_client(body["model"])
    return client.generate(**body)


@app.post("/api/warm")
async def warm(body: dict):
    client = await pick_client(body["model"])
    return client.generate(model=body["model"])
