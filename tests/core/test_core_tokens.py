"""Token counting: the shipped encodings give OpenAI's published token ids, offline, with the SHA-256 checked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rice_core import tokens
from rice_core.errors import CatalogError


def test_o200k_matches_openai_cookbook_ids() -> None:
    # OpenAI cookbook "How to count tokens with tiktoken": "tiktoken is great!"
    assert tokens.get_encoding("o200k_base").encode_ordinary("tiktoken is great!") == [83, 8251, 2488, 382, 2212, 0]


def test_cl100k_matches_openai_cookbook_ids() -> None:
    assert tokens.get_encoding("cl100k_base").encode_ordinary("tiktoken is great!") == [83, 1609, 5963, 374, 2294, 0]


def test_count_text_default_encoding_is_o200k() -> None:
    assert tokens.count_text("tiktoken is great!") == 6
    assert tokens.count_text("hello world", None) == 2


def test_special_token_text_is_counted_as_plain_text() -> None:
    # "<|endoftext|>" in user text must not raise and is several ordinary tokens, not one special id
    assert tokens.count_text("<|endoftext|>") > 1


def test_count_text_uses_catalog_tokenizer_and_factor(fake_models: dict) -> None:
    # fake-open-8b: cl100k_base × 1.25 → round(6 × 1.25) = 8 (7.5 rounds to even 8)
    assert tokens.count_text("tiktoken is great!", "fake-open-8b") == 8
    assert tokens.count_text("tiktoken is great!", "no-such-model") == 6  # fallback o200k × 1.0


def test_count_text_batch_equals_single_counts() -> None:
    texts = ["hello world", "tiktoken is great!", "", "a " * 100]
    assert tokens.count_text_batch(texts) == [2, 6, 0, tokens.count_text("a " * 100)]


def test_count_messages_overhead_by_hand() -> None:
    messages = [
        {"role": "system", "content": "hello world"},
        {"role": "user", "content": "tiktoken is great!", "name": "bob"},
    ]
    role_tokens = tokens.count_text("system") + tokens.count_text("user")
    # 3 per message × 2 + contents (2 + 6) + name ("bob" + 1) + roles + 3 reply priming
    expected = 3 * 2 + 2 + 6 + tokens.count_text("bob") + 1 + role_tokens + 3
    assert tokens.count_messages(messages) == expected


def test_count_messages_reads_content_parts() -> None:
    parts = [{"role": "user", "content": [{"type": "text", "text": "hello world"}, {"type": "image_url"}]}]
    assert tokens.count_messages(parts) == 3 + tokens.count_text("user") + 2 + 3


def test_empty_message_list_is_reply_priming_only() -> None:
    assert tokens.count_messages([]) == 3


def test_corrupted_tokenizer_copy_is_refused(tmp_path: Path) -> None:
    good = tokens.encoding_path("cl100k_base").read_bytes()
    bad = tmp_path / "cl100k_base.tiktoken"
    bad.write_bytes(good[:-10] + b"AAAAAAAAAA")
    with pytest.raises(CatalogError, match="corrupted"):
        tokens.load_ranks(bad, tokens.ENCODING_SHA256["cl100k_base"])


def test_shipped_files_match_readme_hashes() -> None:
    for name, sha in tokens.ENCODING_SHA256.items():
        assert hashlib.sha256(tokens.encoding_path(name).read_bytes()).hexdigest() == sha


def test_missing_tokenizer_file_is_a_catalog_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        tokens.load_ranks(tmp_path / "absent.tiktoken", "0" * 64)
