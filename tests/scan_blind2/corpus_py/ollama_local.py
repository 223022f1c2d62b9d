import asyncio

import ollama
from ollama import AsyncClient, Client

remote = Client(host="http://gpu-box:11434")


def local_chat(q: str) -> str:
    return ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": q}])["message"]["content"]


def remote_complete(prefix: str) -> str:
    return remote.generate(model="qwen2.5-coder:7b", prompt=prefix, options={"num_predict": 128})["response"]


async def fast() -> None:
    async for part in await AsyncClient().chat(
        model="mistral:7b", messages=[{"role": "user", "content": "Hi"}], stream=True
    ):
        print(part["message"]["content"], end="")


if __name__ == "__main__":
    asyncio.run(fast())
