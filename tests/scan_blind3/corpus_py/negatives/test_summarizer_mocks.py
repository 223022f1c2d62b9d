from unittest import mock

import pytest

from app.summarizer import summarize


@pytest.fixture
def fake_openai():
    with mock.patch("app.summarizer.OpenAI") as cls:
        client = cls.return_value
        client.chat.completions.create.return_value = mock.Mock(
            choices=[mock.Mock(message=mock.Mock(content="short summary"))]
        )
        yield client


def test_summarize_uses_mini_model(fake_openai):
    assert summarize("long text") == "short summary"
    fake_openai.chat.completions.create.assert_called_once()
    kwargs = fake_openai.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4o-mini"
