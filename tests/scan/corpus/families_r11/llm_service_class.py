"""A provider service whose default model is a class constant, given as the constructor's default and read back
through ``kwargs.get("model", self.default_model)`` so that callers may override it."""

from openai import OpenAI


class CompletionService:
    _MODEL = "gpt-4.1-mini"

    def __init__(self, api_key: str | None = None, default_model: str = _MODEL):
        self.client = OpenAI(api_key=api_key)
        self.default_model = default_model

    def complete(self, messages: list[dict], **kwargs) -> str:
        model = kwargs.get("model", self.default_model)
        reply = self.client.chat.completions.create(
            model=model, messages=messages, max_tokens=kwargs.get("max_tokens", 400)
        )
        return reply.choices[0].message.content

    def summarise(self, text: str, options: dict) -> str:
        reply = self.client.chat.completions.create(
            model=options.get("model", "gpt-4o"), messages=[{"role": "user", "content": text}]
        )
        return reply.choices[0].message.content
