import asyncio

from ollama import AsyncClient, Client

client = Client(host="http://gpu-box:11434")


def explain(code: str) -> str:
    return client.chat("qwen2.5-coder:14b", [{"role": "user", "content": "Explain this code:\n" + code}])["message"]["content"]


async def poem():
    message = {"role": "user", "content": "Why is the sky blue?"}
    async for part in await AsyncClient().chat(model="llama3.1", messages=[message], stream=True):
        print(part["message"]["content"], end="", flush=True)


if __name__ == "__main__":
    asyncio.run(poem())
