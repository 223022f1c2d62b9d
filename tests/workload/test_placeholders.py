"""Placeholders sized by what fills them, by name, by rice.yaml, else the default."""

from __future__ import annotations

from rice_core.workload.placeholders import Hole, class_of, size_hole, words_of


def test_words_of_names() -> None:
    assert words_of("retrievedContext") == ["retrieved", "context"]
    assert words_of("chat_history") == ["chat", "history"]


def test_retrieved_passages_with_top_k() -> None:
    guess = size_hole(Hole("context", "passages", 4, "retrieve(question, k=4)"))
    assert guess.tokens == 4 * 250
    assert guess.how == "4 retrieved passages × 250 (retrieve(question, k=4))"


def test_history_slice() -> None:
    assert size_hole(Hole("history", "history", 6)).tokens == 6 * 142


def test_by_name() -> None:
    assert size_hole(Hole("context")).tokens == 4 * 250  # LangChain k=4 passages
    assert size_hole(Hole("chat_history")).tokens == 4 * 142
    assert size_hole(Hole("question")).tokens == 70
    assert size_hole(Hole("article")).tokens == 781
    assert size_hole(Hole("customer_name")).tokens == 5  # last word decides
    assert class_of("name_of_document") is not None


def test_unknown_name_uses_the_default() -> None:
    guess = size_hole(Hole("frobnicate"), default_tokens=50)
    assert (guess.tokens, guess.how) == (50, "defaults.placeholder_tokens (name says nothing)")


def test_rice_yaml_override_wins_exact_then_glob() -> None:
    assert size_hole(Hole("context", "passages", 4), {"context": 3000}).tokens == 3000
    assert size_hole(Hole("user_bio"), {"user_*": 400}).tokens == 400
