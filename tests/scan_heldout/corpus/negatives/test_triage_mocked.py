from unittest.mock import MagicMock, patch

import pytest


@pytest.fixture
def fake_client():
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [
        MagicMock(message=MagicMock(content='{"category": "bug", "urgency": 2}'))
    ]
    return client


def test_triage_parses_json(fake_client):
    out = fake_client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content.startswith("{")


@patch("openai.resources.chat.Completions.create")
def test_patched(mock_create):
    mock_create.return_value = MagicMock()
    mock_create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    mock_create.assert_called_once()
