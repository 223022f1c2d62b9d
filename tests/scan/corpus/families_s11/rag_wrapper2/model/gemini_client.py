"""Look-alike: the same wrapper where one of the app's two calls keeps the default."""

from google import genai


class GeminiModel:
    def __init__(self, api_key: str, model_id: str = "gemini-2.0-flash"):
        self.client = genai.Client(api_key=api_key)
        self.model_id = model_id

    def answer(self, question: str) -> str:
        reply = self.client.models.generate_content(model=self.model_id, contents=question)
        return reply.text
