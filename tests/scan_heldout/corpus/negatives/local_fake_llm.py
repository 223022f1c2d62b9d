"""A deterministic fake used in offline demos."""


class FakeChatModel:
    def __init__(self, responses):
        self.responses = list(responses)

    def invoke(self, messages):
        return self.responses.pop(0)


class Completions:
    def create(self, model: str, messages: list) -> str:
        return "canned answer"


class OpenAI:  # local stand-in, not the SDK
    def __init__(self):
        self.completions = Completions()


def demo():
    llm = FakeChatModel(["hello"])
    print(llm.invoke([{"role": "user", "content": "hi"}]))
    print(OpenAI().completions.create(model="gpt-4o", messages=[]))
