"""Clients created in a container and injected into handlers without annotations."""
import openai


def make_client():
    return openai.OpenAI(max_retries=5)


class Handler:
    def __init__(self, client):
        self.client = client

    def handle(self, text):
        result = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": text}],
            max_tokens=100,
        )
        return result.choices[0].message.content


handler = Handler(make_client())
