from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.prompts import ChatPromptTemplate


class EchoLLM:
    """Test double with the same surface as a chat client."""

    def __init__(self, model: str = "gpt-4o") -> None:
        self.model = model

    def complete(self, prompt: str) -> str:
        return prompt[::-1]


fake = FakeListChatModel(responses=["yes", "no"])
chain = ChatPromptTemplate.from_template("Is {x} prime?") | fake


def smoke() -> list[str]:
    echo = EchoLLM()
    return [chain.invoke({"x": 7}).content, echo.complete("hello")]
