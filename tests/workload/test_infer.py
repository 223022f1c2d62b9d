"""Kind of work from the code's hints and the prompt."""

from __future__ import annotations

from rice_core.workload.infer import infer_kind


def test_no_hint_is_chat() -> None:
    assert infer_kind((), "Tell me about Mars.") == ("chat", "no hint in the code: chat")


def test_annotation_wins() -> None:
    assert infer_kind(("kind:code", "structured:response_format"), "")[0] == "code"


def test_structured_output_is_extraction() -> None:
    assert infer_kind(("structured:response_format",), "") == (
        "extraction",
        "response_format asks for structured output",
    )


def test_one_word_prompt_is_classification() -> None:
    prompt = "Reply with exactly one word: BOT if a help-centre answer is enough, HUMAN otherwise."
    assert infer_kind((), prompt) == ("classification", "the prompt asks for a label")
    assert infer_kind((), "Answer with one label from this list and nothing else")[0] == "classification"


def test_stop_sequences_are_completion_style() -> None:
    assert infer_kind(("stop:stop",), "def add(a, b):")[0] == "code"


def test_summary_and_long_form_prompts() -> None:
    assert infer_kind((), "Summarise this conversation for a human agent.")[0] == "summarisation"
    assert infer_kind((), "Write a detailed blog post about solar panels.")[0] == "long-form"


def test_streamed_reply_is_chat() -> None:
    assert infer_kind(("stream",), "hello") == ("chat", "streamed chat reply")


def test_function_name_is_a_weak_hint_after_the_prompt() -> None:
    assert infer_kind((), "Here is the ticket.", "Bot.classify_ticket") == (
        "classification",
        "the function is named classify_ticket",
    )
    assert infer_kind((), "hello", "summariseConversation")[0] == "summarisation"
    assert infer_kind((), "Summarise this.", "classify")[0] == "summarisation"  # the prompt comes first
    assert infer_kind((), "Write a detailed blog post about tea.", "classify_tea")[0] == "long-form"  # prompt first
    assert infer_kind((), "hello", "answer")[0] == "chat"
