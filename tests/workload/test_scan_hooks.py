"""What the scanners capture for expected tokens: kind and reasoning hints, and placeholders sized by meaning."""

from __future__ import annotations

import textwrap

from rice_core.config import RiceConfig
from rice_core.config.load import parse_config_text
from rice_core.scan import scan_source
from rice_core.scan.callsite import CallSite

HEAD = "from openai import OpenAI\nimport anthropic\nclient = OpenAI()\nac = anthropic.Anthropic()\n"


def one(body: str, config: RiceConfig | None = None, path: str = "app.py") -> CallSite:
    (call,) = scan_source(HEAD + textwrap.dedent(body), path, config=config)
    return call


def test_reasoning_effort_and_structured_output() -> None:
    call = one("""
        r = client.chat.completions.create(model="o3", messages=[{"role": "user", "content": "hi"}],
            reasoning_effort="high", response_format={"type": "json_object"}, max_completion_tokens=8000)
    """)
    assert call.reasoning_effort == "high"
    assert call.output_hints == ("structured:response_format",)


def test_anthropic_thinking_budget_and_disabled_thinking() -> None:
    on = one("""
        m = ac.messages.create(model="claude-sonnet-4-20250514", max_tokens=16000,
            thinking={"type": "enabled", "budget_tokens": 8000}, messages=[{"role": "user", "content": "hi"}])
    """)
    assert (on.reasoning_budget, on.reasoning_effort) == (8000, "")
    off = one("""
        r = client.chat.completions.create(model="qwen3-32b", messages=[{"role": "user", "content": "hi"}],
            extra_body={"chat_template_kwargs": {"enable_thinking": False}})
    """)
    assert off.reasoning_effort == "none"


def test_stop_stream_and_kind_annotation() -> None:
    call = one("""
        # rice: kind=code
        r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}],
            stream=True, stop=["\\n"])
    """)
    assert call.output_hints == ("stream", "stop:stop", "kind:code")  # keyword order


def test_placeholders_from_what_fills_them() -> None:
    call = one("""
        TOP_K = 4
        def retrieve(q, k):
            return []
        def answer(question, history):
            passages = retrieve(question, TOP_K)
            context = "\\n\\n".join(p.text for p in passages)
            return client.chat.completions.create(model="gpt-4o", max_tokens=400, messages=[
                *history[-6:],
                {"role": "user", "content": f"Passages:\\n{context}\\n\\nQ: {question}"},
            ])
    """)
    assert call.placeholders == (
        ("history", 6 * 142, "6 chat messages × 142 (history[-6:] = 6)"),
        ("context", 4 * 250, "4 retrieved passages × 250 (retrieve(question, TOP_K): TOP_K=4)"),
        ("question", 70, "a user message"),
    )
    assert call.estimated_prompt_tokens == 852 + 1000 + 70
    (note,) = [w for w in call.warnings if w.code == "prompt-placeholders-estimated"]
    assert note.message.startswith("3 placeholder(s) estimated as 1,922 tokens: history ≈ 852 (6 chat messages")


def test_placeholders_by_name_with_rice_yaml_overrides() -> None:
    config = parse_config_text(
        "defaults:\n  placeholder_tokens: 40\ntokens:\n  placeholders:\n    topic: 12\n", "r.yaml"
    )
    call = one(
        """
        PROMPT = "Write about {topic} for {frobnicate} using {document}"
        r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT.format(topic=t, frobnicate=f, document=d)}])
    """,
        config,
    )
    assert [(name, tokens) for name, tokens, _ in call.placeholders] == [
        ("topic", 12),
        ("frobnicate", 40),
        ("document", 781),
    ]


def test_structured_output_needs_a_schema_or_json_mode() -> None:
    def hints(keyword: str) -> tuple[str, ...]:
        return one(f'r = client.chat.completions.create(model="gpt-4o", messages=[], {keyword})\n').output_hints

    assert hints('response_format={"type": "text"}') == ()
    assert hints('response_format={"type": "json_schema", "json_schema": s}') == ("structured:response_format",)
    assert hints("response_format=Answer") == ("structured:response_format",)  # a Pydantic class
    assert hints('text={"format": {"type": "json_schema"}}') == ("structured:format",)  # Responses API
