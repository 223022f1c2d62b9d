"""Network guard: counting tokens and estimating never open a socket (everything ships in the package)."""

from __future__ import annotations

import socket
from typing import Any

import pytest


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_guard_really_blocks(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))


def test_tokens_and_estimates_are_offline(no_network: None) -> None:
    from rice_core import tokens
    from rice_core.estimator import estimate, estimate_many
    from rice_core.paper_fit.fits import get_fit

    tokens.get_encoding.cache_clear()  # force loading the BPE files under the guard
    tokens.clear_caches()
    get_fit.cache_clear()  # and refitting the regressors
    assert tokens.count_text("tiktoken is great!", "gpt-4") == 6
    assert tokens.count_messages([{"role": "user", "content": "hi"}]) > 3
    assert estimate(params_b=8, prompt_tokens=100, output_tokens=10, power_model="rice-paper").energy_wh > 0
    assert estimate(params_b=8, prompt_tokens=100, output_tokens=10).energy_wh > 0
    assert len(estimate_many([{"params_b": 70.0, "prompt_tokens": 5, "output_tokens": 5}])) == 1
