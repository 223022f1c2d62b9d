"""In-memory stand-ins used by the offline demo."""


class _Completions:
    def create(self, **kwargs):
        return {"choices": [{"message": {"content": "canned"}}], "model": kwargs.get("model")}


class _Chat:
    completions = _Completions()


class FakeOpenAI:
    chat = _Chat()


class EchoChatModel:
    def invoke(self, text: str) -> str:
        return text


def demo() -> None:
    client = FakeOpenAI()
    print(client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}]))
    print(EchoChatModel().invoke("hello"))
