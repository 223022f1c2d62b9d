import os

from google import genai
from google.genai import types

GEMINI_MODEL = os.environ.get("GEMINI_MODEL", "gemini-2.0-flash")


class GeminiAnswerer:
    def __init__(self) -> None:
        self._client = genai.Client()

    def answer(self, question: str, passages: list[str]) -> str:
        context = "\n---\n".join(passages)
        config = types.GenerateContentConfig(
            system_instruction="Answer from the passages only.",
            max_output_tokens=512,
            temperature=0.1,
        )
        result = self._client.models.generate_content(
            model=GEMINI_MODEL,
            contents=[f"Passages:\n{context}", f"Question: {question}"],
            config=config,
        )
        return result.text
