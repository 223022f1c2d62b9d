from openai import OpenAI


class CompletionClient:
    def __init__(self, api_key, model):
        self.client = OpenAI(api_key=api_key)
        self.model = model

    def reply(self, text):
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": text}],
            max_tokens=200,
        )
        return response.choices[0].message.content
