from unittest.mock import MagicMock

from langchain_core.language_models import FakeListChatModel

fake_llm = MagicMock(name="chat_model")
canned_model = FakeListChatModel(responses=["All good."])
