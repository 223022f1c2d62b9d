"""Issue 11 families found on real code (F11): LangChain v1 / LangGraph agents with their step multipliers,
LangChain community wrappers of local runtimes priced as local, raw HTTP through ``requests.request`` with an
environment host, instructor with Google, a Gemini Live session opened in a method, models held on ``app.state``
or a class, JSON argparse defaults, Haystack ``api_params``, select-box defaults — and look-alikes that send no text
request (Bedrock image models, a chain over a project-defined canned LLM). Fixtures in ``corpus/families_f11/``
were written for these tests from the SDKs' documented patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.conftest import calls_by_site

from rice_core.scan import scan_source

CORPUS = Path(__file__).parent / "corpus"
FIXTURES = CORPUS / "families_f11"

# file, line, sdk, api, model, model_source, output_tokens_source, requests per call, local stack or None
EXPECTED = [
    ("app_state_models.py", 25, "transformers", "generate", "HuggingFaceTB/SmolLM2-1.7B-Instruct", "client",
     "argument", 1, "hf-transformers"),
    ("app_state_models.py", 38, "transformers", "generate", "Qwen/Qwen2.5-1.5B-Instruct", "client", "argument", 1,
     "hf-transformers"),
    ("http_request_env_base.py", 18, "http-openai", "chat.completions", "qwen2.5-7b-instruct", "literal", "argument",
     1, None),
    ("http_request_env_base.py", 23, "http-anthropic", "messages", "claude-3-5-haiku-latest", "literal", "argument",
     1, None),
    ("http_request_env_base.py", 33, "http-ollama", "generate", "llama3.1:8b", "literal", "generation-config", 1,
     "ollama"),
    ("http_request_env_base.py", 37, "http-openai", "chat.completions", "gpt-4o-mini", "literal", "argument", 1, None),
    ("instructor_google_live.py", 17, "google-genai", "messages.create", "gemini-2.0-flash", "client",
     "config-default", 1, None),
    ("instructor_google_live.py", 32, "google-genai", "send", "gemini-2.0-flash-live-001", "wrapper-default",
     "config-default", 1, None),
    ("llamaindex_workflow_agents.py", 19, "llama_index", "chain.run", "gpt-4o-mini", "client", "config-default", 1,
     None),
    ("llamaindex_workflow_agents.py", 23, "llama_index", "chain.run", "qwen2.5:7b", "client", "config-default", 1,
     "ollama"),
    ("llamaindex_workflow_agents.py", 27, "llama_index", "chain.run", "gpt-4.1", "client", "config-default", 1, None),
    ("local_chat_wrappers.py", 16, "langchain", "invoke", "./weights/gemma-2-2b-it.Q8_0.gguf", "client", "argument",
     1, "llama.cpp"),
    ("local_chat_wrappers.py", 20, "langchain", "invoke", "microsoft/Phi-3.5-mini-instruct", "client",
     "config-default", 1, "hf-transformers"),
    ("local_chat_wrappers.py", 24, "langchain", "invoke", "HuggingFaceH4/zephyr-7b-beta", "client", "argument", 1,
     None),
    ("local_chat_wrappers.py", 28, "llama_index", "complete", "./weights/mistral-7b-instruct-v0.2.Q4_K_M.gguf",
     "client", "argument", 1, "llama.cpp"),
    ("instructor_google_live.py", 37, "google-genai", "send_realtime_input", "gemini-live-2.5-flash-preview", "client",
     "config-default", 1, None),
    ("langchain_local_wrappers.py", 19, "langchain", "invoke", "./models/phi-3-mini-4k-instruct.Q4_K_M.gguf", "client",
     "argument", 1, "llama.cpp"),
    ("langchain_local_wrappers.py", 23, "langchain", "invoke", "mistralai/Mistral-7B-Instruct-v0.3", "client",
     "argument", 1, "vllm"),
    ("langchain_local_wrappers.py", 27, "langchain", "invoke", "Qwen/Qwen2.5-0.5B-Instruct", "client",
     "generation-config", 1, "hf-transformers"),
    ("langchain_local_wrappers.py", 31, "langchain", "invoke", "HuggingFaceTB/SmolLM2-360M-Instruct", "client",
     "config-default", 1, "hf-transformers"),
    ("langchain_toolkit_agents.py", 20, "langchain", "chain.invoke", "gpt-4.1-mini", "client", "argument", 4, None),
    ("langchain_toolkit_agents.py", 24, "langchain", "chain.invoke", "gpt-4.1-mini", "client", "argument", 1, None),
    ("langchain_toolkit_agents.py", 28, "langchain", "chain.invoke", "gpt-4.1-mini", "client", "argument", 1, None),
    ("langchain_toolkit_agents.py", 32, "langchain", "chain.invoke", "gpt-4.1-mini", "client", "argument", 1, None),
    ("langchain_v1_agents.py", 25, "langchain", "chain.invoke", "gpt-4.1-mini", "client", "config-default", 6, None),
    ("langchain_v1_agents.py", 30, "langchain", "chain.stream", "gpt-4o-mini", "client", "argument", 1, None),
    ("langchain_v1_agents.py", 35, "langchain", "chain.invoke", "gpt-4o-mini", "client", "argument", 1, None),
    ("langchain_v1_agents.py", 39, "langchain", "chain.invoke", "gpt-4o-mini", "client", "argument", 6, None),
    ("openai_agents_sdk.py", 16, "openai-agents", "Runner.run", "gpt-4.1-mini", "client", "config-default", 3, None),
    ("openai_agents_sdk.py", 21, "openai-agents", "Runner.run_sync", "qwen2.5:7b", "client", "config-default", 1,
     None),
    ("openai_agents_sdk.py", 25, "openai-agents", "Runner.run", "gpt-4o-mini", "config-default", "config-default", 1,
     None),
    ("settings_defaults.py", 17, "vllm", "generate", "microsoft/Phi-3-mini-4k-instruct", "client",
     "generation-config", 1, "vllm"),
    ("settings_defaults.py", 26, "haystack", "run", "mistralai/Mistral-Nemo-Instruct-2407", "client",
     "config-default", 1, None),
    ("settings_defaults.py", 29, "ollama", "chat", "gemma2:9b", "wrapper-default", "config-default", 1, "ollama"),
]  # fmt: skip


@pytest.fixture(scope="module")
def found():
    return calls_by_site(FIXTURES, root=CORPUS)


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_call_site(found, row):
    path, line, sdk, api, model, model_source, output_source, requests, stack = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)
    assert (call.output_tokens_source, call.requests_per_call) == (output_source, requests)
    assert (call.extra.get("local") or {}).get("stack") == stack


def test_no_other_calls(found):
    """The look-alike file (image models, a canned LLM) and the non-request lines give nothing."""
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)


def test_agent_multipliers_say_why(found):
    assert found[("langchain_v1_agents.py", 25)].requests_source == "agent: up to 6 model steps (recursion_limit)"
    assert found[("langchain_v1_agents.py", 39)].requests_source == "agent: up to 6 steps (max_iterations)"


def test_agent_system_prompt_is_counted_with_the_messages(found):
    call = found[("langchain_v1_agents.py", 25)]
    assert "returns desk of a bike shop" in call.prompt_text
    assert call.literal_prompt_tokens > 15  # the system prompt, not only the user turn


def test_local_wrapper_precision_from_the_weights_file(found):
    local = found[("langchain_local_wrappers.py", 19)].extra["local"]
    assert (local["precision"], local["precision_source"]) == ("int4", "model name")


def _models(source: str) -> list[tuple[int, str, str]]:
    return [(c.line, c.model, c.model_source) for c in scan_source(source, "app.py")]


def test_select_box_without_index_and_unknown_options_stay_unresolved():
    assert _models(
        """
import ollama
import streamlit as st
free = st.selectbox("Model", ["llama3.2", "qwen2.5"])
listed = st.selectbox("Model", MODELS, index=1)
ollama.chat(model=free, messages=[{"role": "user", "content": "hi"}])
ollama.chat(model=listed, messages=[{"role": "user", "content": "hi"}])
"""
    ) == [(6, "gpt-4o-mini", "config-default"), (7, "gpt-4o-mini", "config-default")]


def test_a_project_llm_that_calls_something_is_still_a_request():
    """Only generation methods that call nothing (canned text) make a dummy: a wrapper that posts is kept."""
    assert _models(
        """
import requests
from langchain.chains import LLMChain
from langchain_core.language_models.llms import LLM
from langchain_core.prompts import PromptTemplate

class GatewayLLM(LLM):
    def _call(self, prompt, stop=None, **kwargs):
        return requests.post("https://gateway.internal/generate", json={"q": prompt}).json()["text"]

    @property
    def _llm_type(self):
        return "gateway"

chain = LLMChain(llm=GatewayLLM(), prompt=PromptTemplate.from_template("Tell me about {topic}"))
chain.run(topic="rice")
"""
    ) == [(16, "gpt-4o-mini", "config-default")]


def test_image_requests_through_a_resolved_text_model_are_kept():
    """A text model through invoke_model stays a call even in a function about images (captions)."""
    rows = _models(
        """
import json, boto3
client = boto3.client("bedrock-runtime")
def caption_image(b64):
    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200, "messages": []})
    return client.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)
"""
    )
    assert rows == [(6, "anthropic.claude-3-haiku-20240307-v1:0", "literal")]


def test_dspy_pre_2_5_clients_configure_the_modules():
    """DSPy < 2.5 clients (``dspy.HFModel``, ``dspy.OllamaLocal``, ``dspy.OpenAI``) are LMs like ``dspy.LM``."""
    assert _models(
        """
import dspy
dspy.settings.configure(lm=dspy.HFModel(model="google/gemma-2b"))
dspy.ChainOfThought("question -> answer")(question="why?")
local = dspy.OllamaLocal(model="llama3")
local("hello")
"""
    ) == [(4, "google/gemma-2b", "client"), (6, "llama3", "client")]
    local = scan_source('import dspy\nlm = dspy.OllamaLocal(model="llama3")\nlm("hi")\n', "app.py")[0]
    assert local.extra["local"]["stack"] == "ollama"


def test_chain_apply_runs_once_per_input():
    calls = scan_source(
        """
from langchain.chains import LLMChain
from langchain_core.prompts import PromptTemplate
from langchain_openai import ChatOpenAI
chain = LLMChain(llm=ChatOpenAI(model="gpt-4o-mini"), prompt=PromptTemplate.from_template("Name a {thing}."))
chain.apply([{"thing": "fruit"}, {"thing": "colour"}, {"thing": "city"}])
""",
        "app.py",
    )
    assert [(c.line, c.api, c.requests_per_call, c.requests_source) for c in calls] == [
        (6, "chain.apply", 3, "3 prompts in one call")
    ]


def test_describing_an_image_with_an_unknown_model_is_still_a_request():
    """Only image-*generation* words drop an unresolved invoke_model: captioning sends the image to a text model."""
    source = """
import json, os, boto3
client = boto3.client("bedrock-runtime")
def {name}(b64):
    return client.invoke_model(modelId=os.environ["MODEL_ID"], body=json.dumps({{"messages": []}}))
"""
    assert [c.line for c in scan_source(source.format(name="caption_image"), "app.py")] == [5]
    assert scan_source(source.format(name="generate_image"), "app.py") == []
