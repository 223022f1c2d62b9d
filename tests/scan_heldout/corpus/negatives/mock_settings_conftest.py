import pytest
from unittest import mock


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    fake = mock.Mock()
    fake.messages.create.return_value = mock.Mock(content=[mock.Mock(text="ok")])
    monkeypatch.setattr("anthropic.Anthropic", lambda *a, **k: fake)
    yield fake
