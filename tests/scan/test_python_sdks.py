"""Which calls are found: imports, aliases, clients, wrappers, frameworks — and which are not."""

from __future__ import annotations

import pytest

from .conftest import only, scan


@pytest.mark.parametrize(
    "code, sdk, api",
    [
        (
            "import openai as oa\nc = oa.OpenAI()\nc.chat.completions.create(model='gpt-4o', messages=[])",
            "openai",
            "chat.completions.create",
        ),
        (
            "from openai import AsyncOpenAI as C\nc = C()\nasync def f():\n    await c.responses.create(model='gpt-4o', input='hi')",
            "openai",
            "responses.create",
        ),
        ("import openai\nopenai.ChatCompletion.create(model='gpt-4', messages=[])", "openai", "ChatCompletion.create"),
        (
            "from openai import OpenAI\nOpenAI().chat.completions.with_raw_response.create(model='gpt-4o', messages=[])",
            "openai",
            "chat.completions.create",
        ),
        (
            "import anthropic\nanthropic.AsyncAnthropicVertex().messages.stream(model='claude-3-haiku', max_tokens=5, messages=[])",
            "anthropic",
            "messages.stream",
        ),
        ("from litellm import completion as c\nc('gpt-4o', [])", "litellm", "completion"),
        ("from langchain_openai import ChatOpenAI\nChatOpenAI(model='gpt-4o').invoke('hi')", "langchain", "invoke"),
        (
            "import google.generativeai as g\ng.GenerativeModel('gemini-1.5-flash').generate_content('x')",
            "google-generativeai",
            "generate_content",
        ),
        (
            "from google import genai\ngenai.Client().models.generate_content(model='gemini-2.0-flash', contents='x')",
            "google-genai",
            "models.generate_content",
        ),
        (
            "from mistralai import Mistral\nMistral().chat.complete(model='mistral-small', messages=[])",
            "mistralai",
            "chat.complete",
        ),
        ("import cohere\ncohere.ClientV2().chat(model='command-r', messages=[])", "cohere", "chat"),
        ("import ollama\nollama.generate(model='llama3', prompt='x')", "ollama", "generate"),
        (
            "from huggingface_hub import InferenceClient\nInferenceClient('m/x').text_generation('x')",
            "huggingface_hub",
            "text_generation",
        ),
        ("from vllm import LLM\nLLM('facebook/opt-125m').generate(['x'])", "vllm", "generate"),
    ],
)
def test_sdk_patterns(code: str, sdk: str, api: str) -> None:
    call = only(code)
    assert (call.sdk, call.api) == (sdk, api)


def test_self_client_and_enclosing_function() -> None:
    call = only(
        """
        from anthropic import Anthropic
        class Bot:
            def __init__(self):
                self.client = Anthropic()
            def reply(self, text):
                return self.client.messages.create(model="claude-3-5-haiku-latest", max_tokens=9, messages=[])
        """
    )
    assert (call.sdk, call.function, call.model) == ("anthropic", "Bot.reply", "claude-3-5-haiku-latest")


def test_client_passed_with_annotation_is_found() -> None:
    call = only(
        """
        from openai import AsyncOpenAI
        async def go(client: AsyncOpenAI | None):
            await client.chat.completions.create(model="gpt-4o", messages=[])
        """
    )
    assert call.sdk == "openai"


def test_langchain_pipe_chain_uses_llm_model_and_template() -> None:
    call = only(
        """
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_anthropic import ChatAnthropic
        prompt = ChatPromptTemplate.from_messages([("system", "You translate to French."), ("human", "{text}")])
        chain = prompt | ChatAnthropic(model="claude-3-5-sonnet-latest", max_tokens=700)
        chain.invoke({"text": "hello"})
        """
    )
    assert (call.api, call.model, call.model_source, call.output_tokens) == (
        "chain.invoke",
        "claude-3-5-sonnet-latest",
        "client",
        700,
    )
    assert call.estimated_prompt_tokens == 0 and call.prompt_source == "literal"


def test_pipeline_only_for_generation_tasks() -> None:
    calls = scan(
        """
        from transformers import pipeline
        gen = pipeline("text-generation", model="gpt2")
        clf = pipeline("sentiment-analysis")
        gen("Once upon a time", max_new_tokens=30)
        clf("great")
        """
    )
    assert [(c.model, c.output_tokens) for c in calls] == [("gpt2", 30)]


@pytest.mark.parametrize(
    "code",
    [
        "from unittest.mock import MagicMock\nimport openai\nm = MagicMock()\nm.chat.completions.create(model='gpt-4o', messages=[])",
        "from twilio.rest import Client\nimport anthropic\nClient().messages.create(to='1', body='x')",
        "from openai import OpenAI\nOpenAI().embeddings.create(model='text-embedding-3-small', input='x')",
        "x = 'from openai import OpenAI; OpenAI().chat.completions.create(model=\"gpt-4o\")'",
        "class Fake:\n    pass\nimport openai\nFake().chat.completions.create(model='gpt-4o', messages=[])",
    ],
)
def test_negatives(code: str) -> None:
    assert scan(code) == []


def test_unknown_receiver_with_distinctive_path_when_sdk_imported() -> None:
    call = only(
        """
        import openai
        def handle(client, text):
            return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
        """
    )
    assert call.model == "gpt-4o-mini"
    assert (
        scan("def handle(client):\n    client.chat.completions.create(model='x')") == []
    )  # no SDK import: all keywords needed


def test_client_from_another_module_needs_every_distinctive_keyword() -> None:
    code = "from app.clients import llm_client\n"
    found = only(code + "llm_client.chat.completions.create(model='gpt-4o', messages=[])")
    assert (found.sdk, found.model) == ("openai", "gpt-4o")
    assert scan(code + "llm_client.chat.completions.create(messages=[])") == []
    claude = only(
        "from .deps import claude\nclaude.messages.create(model='claude-3-5-haiku-latest', max_tokens=5, messages=[])"
    )
    assert claude.sdk == "anthropic"


def test_params_spread_and_local_settings_class() -> None:
    call = only(
        """
        from dataclasses import dataclass
        from openai import OpenAI

        @dataclass
        class Settings:
            model: str = "gpt-4.1-mini"
            max_tokens: int = 256

        settings = Settings()
        client: OpenAI = OpenAI()

        def ask(text):
            params = {"model": settings.model, "messages": [{"role": "user", "content": "Hi"}]}
            return client.chat.completions.create(**params, max_tokens=settings.max_tokens)
        """
    )
    assert (call.model, call.model_source, call.output_tokens, call.prompt_source) == (
        "gpt-4.1-mini",
        "constant",
        256,
        "literal",
    )


def test_annotated_class_attribute_client() -> None:
    call = only(
        """
        from anthropic import AsyncAnthropic
        class Agent:
            client: AsyncAnthropic
            async def run(self, prompt):
                return await self.client.messages.create(model="claude-3-5-haiku-latest", max_tokens=9, messages=[])
        """
    )
    assert call.sdk == "anthropic"


def test_raw_http_calls_to_llm_endpoints() -> None:
    calls = scan(
        """
        import httpx
        import requests

        BASE = "https://api.openai.com/v1"
        GEMINI = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"

        def ask(q):
            body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": q}], "max_tokens": 99}
            return requests.post(f"{BASE}/chat/completions", json=body, timeout=30)

        async def gem(q):
            async with httpx.AsyncClient() as client:
                return await client.post(GEMINI, json={"contents": [{"parts": [{"text": q}]}],
                                                        "generationConfig": {"maxOutputTokens": 64}})

        def unrelated():
            requests.post("https://hooks.slack.com/services/x", json={"text": "deployed"})
        """
    )
    assert [(c.sdk, c.model, c.output_tokens) for c in calls] == [
        ("http-openai", "gpt-4o-mini", 99),
        ("http-gemini", "gemini-1.5-flash", 64),
    ]


def test_local_subclass_of_sdk_client_and_conditional_client() -> None:
    calls = scan(
        """
        import os
        from openai import AzureOpenAI, OpenAI

        class TracedOpenAI(OpenAI):
            pass

        traced = TracedOpenAI()
        either = OpenAI() if os.getenv("LOCAL") else AzureOpenAI()
        traced.chat.completions.create(model="gpt-4o", messages=[])
        either.chat.completions.create(model="gpt-4o-mini", messages=[])
        """
    )
    assert [(c.sdk, c.model) for c in calls] == [("openai", "gpt-4o"), ("openai", "gpt-4o-mini")]


def test_forward_pass_is_not_a_generation() -> None:
    calls = scan(
        """
        from transformers import AutoModelForCausalLM
        model = AutoModelForCausalLM.from_pretrained("gpt2")
        loss = model(**batch).loss
        out = model.generate(**batch, max_new_tokens=20)
        """
    )
    assert [(c.api, c.model, c.output_tokens) for c in calls] == [("generate", "gpt2", 20)]


def test_client_factories_and_langchain_agents() -> None:
    calls = scan(
        """
        from functools import lru_cache
        from langchain.agents import AgentExecutor, create_tool_calling_agent
        from langchain_anthropic import ChatAnthropic
        from langgraph.prebuilt import create_react_agent
        from openai import OpenAI

        @lru_cache
        def get_client():
            return OpenAI(timeout=30)

        def build(prompt):
            llm = ChatAnthropic(model="claude-3-5-haiku-latest")
            return AgentExecutor(agent=create_tool_calling_agent(llm, [], prompt), tools=[])

        graph = create_react_agent("openai:gpt-4.1", tools=[])

        def main(q):
            get_client().chat.completions.create(model="gpt-4o", messages=[])
            build(None).invoke({"input": q})
            graph.invoke({"messages": [("user", q)]})
        """
    )
    assert [(c.sdk, c.api, c.model) for c in calls] == [
        ("openai", "chat.completions.create", "gpt-4o"),
        ("langchain", "chain.invoke", "claude-3-5-haiku-latest"),
        ("langchain", "chain.invoke", "openai:gpt-4.1"),
    ]


def test_chain_built_elsewhere_is_a_langchain_call_with_unresolved_model() -> None:
    code = "from langchain_core.runnables import Runnable\nfrom app.chains import build\n"
    call = only(code + "rag_chain = build()\nrag_chain.invoke({'question': 'Where is my order?'})")
    assert (call.sdk, call.api, call.model_source) == ("langchain", "chain.invoke", "config-default")
    assert scan(code + "pipeline = build()\npipeline.invoke({})") == []  # not chain-like by name
    assert scan("from app.chains import build\nqa_chain = build()\nqa_chain.invoke({})") == []  # no LangChain import


def test_pipe_method_and_runnable_sequence() -> None:
    calls = scan(
        """
        from langchain_core.prompts import PromptTemplate
        from langchain_core.runnables import RunnableSequence
        from langchain_openai import ChatOpenAI
        prompt = PromptTemplate.from_template("Translate to German: {text}")
        llm = ChatOpenAI(model="gpt-4o-mini")
        a = prompt.pipe(llm)
        b = RunnableSequence(prompt, llm)
        a.invoke({"text": "good morning"})
        b.invoke({"text": "good night"})
        """
    )
    assert [(c.api, c.model, c.estimated_prompt_tokens) for c in calls] == [
        ("chain.invoke", "gpt-4o-mini", 0),
        ("chain.invoke", "gpt-4o-mini", 0),
    ]
