"""The ``tokens:`` section of rice.yaml: placeholder sizes by name and kinds of work by glob, with file/line errors."""

from __future__ import annotations

import pytest

from rice_core.config.load import parse_config_text
from rice_core.config.settings import KindRule
from rice_core.errors import ConfigError


def test_tokens_section_parses() -> None:
    text = 'tokens:\n  placeholders:\n    context: 2000\n    "user_*": 300\n  kinds:\n    - match: "src/tag/**"\n      kind: classification\n'
    config = parse_config_text(text, "rice.yaml")
    assert config.tokens.placeholders == (("context", 2000), ("user_*", 300))
    assert config.tokens.kinds == (KindRule("src/tag/**", "classification"),)


def test_unknown_kind_names_file_line_and_the_choices() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config_text("tokens:\n  kinds:\n    - match: a\n      kind: poem\n", "rice.yaml")
    assert "tokens.kinds: entry 0: kind 'poem' is not one of chat, code" in str(info.value)
    assert str(info.value).startswith("rice.yaml:")


def test_negative_placeholder_size_is_refused() -> None:
    with pytest.raises(ConfigError, match="placeholder 'context': expected a whole number of tokens >= 0"):
        parse_config_text("tokens:\n  placeholders:\n    context: -5\n", "rice.yaml")
