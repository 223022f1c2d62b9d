import asyncio

from openai import AsyncOpenAI


class BatchTranslator:
    MODEL = "gpt-4o-mini"

    def __init__(self, target_lang: str = "German") -> None:
        self.client = AsyncOpenAI()
        self.target_lang = target_lang

    async def translate_all(self, texts: list[str]) -> list[str]:
        results = await asyncio.gather(
            *[
                self.client.chat.completions.create(
                    model=self.MODEL,
                    messages=[{"role": "user", "content": f"Translate to {self.target_lang}: {t}"}],
                )
                for t in texts
            ]
        )
        return [r.choices[0].message.content for r in results]


if __name__ == "__main__":
    print(asyncio.run(BatchTranslator().translate_all(["hello", "goodbye"])))
