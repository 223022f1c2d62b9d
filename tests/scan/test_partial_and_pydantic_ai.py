"""Calls through ``functools.partial`` and pydantic-ai agents (blind evaluation 2 follow-up)."""

from __future__ import annotations

from rice_core.catalog.models import lookup_model

from .conftest import only, scan

PARTIAL = """
import functools
from openai import AsyncOpenAI
llm = AsyncOpenAI()
summarise = functools.partial(llm.chat.completions.create, model="gpt-4o-mini", max_tokens=120)
async def handle(ticket: str):
    return await summarise(messages=[{"role": "user", "content": "Summarise this support ticket in one line."}])
"""


def test_partial_of_sdk_method_is_a_call_where_invoked_with_the_bound_model() -> None:
    call = only(PARTIAL)
    assert (call.sdk, call.api, call.function) == ("openai", "chat.completions.create", "handle")
    assert call.span.line == 7
    assert (call.model, call.model_source) == ("gpt-4o-mini", "literal")
    assert (call.output_tokens, call.output_tokens_source) == (120, "argument")
    assert call.prompt_source == "literal" and call.prompt_tokens > 10


def test_partial_call_keywords_win_over_the_bound_ones() -> None:
    code = PARTIAL.replace("create(messages=", 'create(model="gpt-4o", max_tokens=900, messages=')
    code = code.replace("await summarise(messages=", 'await summarise(model="gpt-4o", max_tokens=900, messages=')
    call = only(code)
    assert (call.model, call.output_tokens) == ("gpt-4o", 900)


def test_partial_imported_name_and_positional_preset_of_a_function() -> None:
    call = only(
        """
        from functools import partial
        from litellm import completion
        haiku = partial(completion, "claude-3-5-haiku-latest", max_tokens=64)
        def reply(text):
            return haiku([{"role": "system", "content": "You are a terse assistant."}])
        """
    )
    assert (call.sdk, call.model, call.output_tokens, call.span.line) == ("litellm", "claude-3-5-haiku-latest", 64, 6)
    assert call.prompt_source == "literal"


def test_partial_of_a_non_llm_function_is_not_a_call() -> None:
    assert (
        scan(
            """
        from functools import partial
        import openai
        to_int = partial(int, base=16)
        emb = partial(openai.OpenAI().embeddings.create, model="text-embedding-3-small")
        to_int("ff"); emb(input="x")
        """
        )
        == []
    )


def test_pydantic_ai_agent_with_provider_model_string_and_system_prompt(codes) -> None:
    calls = scan(
        """
        from pydantic_ai import Agent
        triage = Agent("anthropic:claude-3-5-sonnet-latest", system_prompt="Classify the e-mail as spam or not spam.")
        def classify(mail: str):
            return triage.run_sync(mail).output
        async def classify_async(mail: str):
            async with triage.run_stream(mail) as result:
                return await result.get_output()
        async def classify_cheap(mail: str):
            return await triage.run(mail, model="openai:gpt-4o-mini", model_settings={"max_tokens": 20})
        """
    )
    assert [(c.sdk, c.api, c.model) for c in calls] == [
        ("pydantic-ai", "run_sync", "anthropic:claude-3-5-sonnet-latest"),
        ("pydantic-ai", "run_stream", "anthropic:claude-3-5-sonnet-latest"),
        ("pydantic-ai", "run", "openai:gpt-4o-mini"),
    ]
    assert calls[0].model_source == "client" and calls[0].literal_prompt_tokens >= 8  # the system prompt is counted
    assert calls[2].output_tokens == 20 and "unresolved-model" not in codes(calls[0])
    assert lookup_model(calls[0].model) is not None  # "provider:model" names are priced by the catalog


def test_pydantic_ai_agent_with_a_model_object() -> None:
    call = only(
        """
        from pydantic_ai import Agent
        from pydantic_ai.models.openai import OpenAIModel
        agent = Agent(OpenAIModel("gpt-4o"), instructions="Answer in French.")
        agent.run_sync("Hello")
        """
    )
    assert (call.sdk, call.model, call.model_source) == ("pydantic-ai", "gpt-4o", "client")


def test_partial_of_a_partial_merges_both_presets() -> None:
    call = only(
        """
        from functools import partial
        from litellm import completion
        haiku = partial(completion, "claude-3-5-haiku-latest", max_tokens=500)
        short = partial(haiku, [{"role": "user", "content": "Name three rivers."}], max_tokens=40)
        short(temperature=0)
        """
    )
    assert (call.model, call.output_tokens, call.prompt_source, call.span.line) == (
        "claude-3-5-haiku-latest",
        40,
        "literal",
        6,
    )


def test_model_object_that_names_itself_does_not_recurse_forever() -> None:
    # ``llm`` has no earlier binding, so the look-up finds this very assignment: must stop, not skip the file
    call = only("from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model=llm)\nllm.invoke('hi')\n")
    assert call.model_source == "config-default"
