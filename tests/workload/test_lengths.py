"""Output kinds: the shipped table's derived figures and the issue's chat target, by hand."""

from __future__ import annotations

import math

import pytest

from rice_core.errors import CatalogError
from rice_core.workload.lengths import kind_ids, output_kind, parse_lengths

CHAT_MEANS = (211.1, 214.5, 434.0, 673.0)  # Azure 2023 conv, LMSYS-Chat-1M, ML.ENERGY v2 chat, v3 lm-arena-chat


def test_every_kind_has_sources() -> None:
    assert set(kind_ids()) == {"chat", "code", "classification", "extraction", "summarisation", "long-form"}
    for kind_id in kind_ids():
        kind = output_kind(kind_id)
        assert kind is not None and kind.sources and kind.cites


def test_chat_mean_is_the_geometric_mean_of_its_sources() -> None:
    chat = output_kind("chat")
    assert chat is not None
    expected = math.exp(sum(math.log(m) for m in CHAT_MEANS) / 4)  # 339.12
    assert chat.mean_tokens == pytest.approx(expected)
    assert chat.mean_tokens == pytest.approx(339.12, abs=0.01)
    assert chat.sigma == pytest.approx(math.sqrt(2 * math.log(211.1 / 129)))  # the Azure trace's spread


def test_chat_call_with_max_tokens_4096_is_within_2x_of_every_cited_mean() -> None:
    chat = output_kind("chat")
    assert chat is not None
    central = chat.expected(4096)
    assert central == pytest.approx(337.1, abs=0.2)
    for mean in CHAT_MEANS:
        assert mean / 2 <= central <= mean * 2


def test_code_kind_from_azure_code_trace_and_mlenergy_code() -> None:
    code = output_kind("code")
    assert code is not None
    assert code.mean_tokens == pytest.approx(math.sqrt(27.9 * 108), rel=1e-9)  # 54.89
    assert code.sigma == pytest.approx(math.sqrt(2 * math.log(27.9 / 13)))


def test_bad_table_names_the_kind() -> None:
    bad = {
        "default_kind": "chat",
        "default_median_ratio": {"value": 0.6, "sources": ["x"]},
        "kinds": [{"id": "chat", "figures": [{"mean_tokens": 0, "source": "s"}]}],
    }
    with pytest.raises(CatalogError, match="chat"):
        parse_lengths(bad)
