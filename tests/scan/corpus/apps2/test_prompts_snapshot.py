"""Snapshot tests of prompt builders; the LLM client is replaced by a recording fake."""
from dataclasses import dataclass, field


@dataclass
class RecordingClient:
    calls: list = field(default_factory=list)

    class _Chat:
        pass

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return {"choices": [{"message": {"content": "ok"}}]}


def build_prompt(question: str) -> list[dict]:
    return [{"role": "system", "content": "Be brief."}, {"role": "user", "content": question}]


def test_prompt_shape():
    fake = RecordingClient()
    fake.create(model="gpt-4o", messages=build_prompt("hi"))
    assert fake.calls[0]["messages"][0]["role"] == "system"
