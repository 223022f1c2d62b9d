from unittest.mock import MagicMock, patch

import openai
import pytest


@pytest.fixture
def fake_client():
    client = MagicMock(spec=openai.OpenAI)
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="hi"))]
    return client


def test_summary_uses_model(fake_client):
    fake_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    fake_client.chat.completions.create.assert_called_once()
    kwargs = fake_client.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4o"


@patch("openai.resources.chat.completions.Completions.create")
def test_patch(mock_create):
    mock_create.return_value = {"choices": []}
    assert mock_create(model="gpt-4o-mini", messages=[]) == {"choices": []}
