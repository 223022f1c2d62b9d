"""Issue 11 patterns missed on blind batches b39-b43 (T11): a raw HTTP client whose URL and model reach its
constructor from a settings object (the endpoint path decides the SDK; Hugging Face's router relays OpenAI-style
chat), an Assistants run through the ``openai`` module's default client, LangChain's ``HuggingFaceHub`` LLM
in a Flask route, and CrewAI agents made by a class's factory methods with the LLM the class holds. Fixtures in ``corpus/families_t11/``
were written for these tests from the patterns; ``neg_*.py`` are look-alikes that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.conftest import calls_by_site

FIXTURES = Path(__file__).parent / "corpus" / "families_t11"

# file, line, sdk, api, model, model_source
EXPECTED = [
    (
        "http_settings_clients.py",
        24,
        "http-huggingface",
        "chat.completions",
        "mistralai/Mistral-7B-Instruct-v0.3",
        "env-default",
    ),
    ("http_settings_clients.py", 34, "http-ollama", "chat", "mistralai/Mistral-7B-Instruct-v0.3", "env-default"),
    ("openai_module_assistant_run.py", 7, "openai", "beta.threads.runs.create_and_poll", None, None),
    ("flask_langchain_hub.py", 17, "langchain", "predict", "tiiuae/falcon-7b-instruct", "client"),
    ("crew_factory/main.py", 10, "crewai", "chain.kickoff", "mistral-nemo", "client"),
    ("crew_factory/main.py", 13, "crewai", "chain.kickoff", "gpt-4o-mini", "config-default"),
]


@pytest.fixture(scope="module")
def sites():
    return calls_by_site(FIXTURES)


def test_exactly_the_expected_call_sites(sites):
    assert sorted(sites) == sorted((f, line) for f, line, *_ in EXPECTED)


@pytest.mark.parametrize(("path", "line", "sdk", "api", "model", "source"), EXPECTED)
def test_each_call(sites, path, line, sdk, api, model, source):
    call = sites[(path, line)]
    assert (call.sdk, call.api) == (sdk, api)
    if model is not None:
        assert (call.model, call.model_source) == (model, source)


def test_local_runtime_is_ollama_only_for_the_localhost_client(sites):
    assert sites[("http_settings_clients.py", 34)].extra["local"]["stack"] == "ollama"
    assert "local" not in sites[("http_settings_clients.py", 24)].extra


def test_hub_llm_output_cap_comes_from_model_kwargs(sites):
    call = sites[("flask_langchain_hub.py", 17)]
    assert call.output_tokens == 256
