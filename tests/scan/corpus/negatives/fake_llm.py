"""An in-memory stand-in for the OpenAI client used in local development."""


class _Completions:
    def create(self, model, messages, **kwargs):
        return {"choices": [{"message": {"content": "stub reply"}}]}


class _Chat:
    completions = _Completions()


class FakeOpenAI:
    chat = _Chat()


client = FakeOpenAI()


def demo():
    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
