"""Unit tests: the OpenAI client is mocked, no LLM call happens."""
from unittest.mock import MagicMock, patch

import pytest


@pytest.fixture
def fake_client():
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="hi"))]
    return client


def test_answer_uses_system_prompt(fake_client):
    with patch("myapp.support_chat.client", fake_client):
        from myapp.support_chat import answer

        assert answer("q", ["doc"]) == "hi"
    fake_client.chat.completions.create.assert_called_once()
    kwargs = fake_client.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4o-mini"


def test_mock_direct():
    mock = MagicMock()
    mock.chat.completions.create(model="gpt-4o", messages=[])
    assert mock.chat.completions.create.called
