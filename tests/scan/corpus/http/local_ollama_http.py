import asyncio

import httpx

OLLAMA = "http://localhost:11434"


async def generate(prompt: str, model: str = "llama3.1:8b") -> str:
    async with httpx.AsyncClient(timeout=120) as client:
        r = await client.post(
            f"{OLLAMA}/api/generate",
            json={"model": model, "prompt": prompt, "stream": False, "options": {"num_predict": 128}},
        )
        return r.json()["response"]


async def health() -> bool:
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{OLLAMA}/api/tags")).status_code == 200


if __name__ == "__main__":
    print(asyncio.run(generate("Why is the sea salty?")))
