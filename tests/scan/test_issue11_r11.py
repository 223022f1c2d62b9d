"""Issue 11 patterns seen on the b27–b33 real-code batches (R11): mem0 memories with an LLM step (``add`` unless
``infer=False``; ``search`` only with a graph store), a LangChain chain kept per session in a dict, a chain factory
of ``langchain_experimental`` called directly, a model read as ``kwargs.get("model", self.default_model)`` with
a class-constant default, OpenAI's 2021 engines API over raw HTTP, and the look-alikes: mem0 as
a vector memory, a LangServe ``RemoteRunnable`` client of the app's own server; a llama-cpp-python model (Windows path) loaded in one
module and called in a route module that names no SDK, next to a helper named like a model from a plain module; a Haystack pipeline whose generator a class of another
module makes (an indexing pipeline from the same class has none). Fixtures in
``corpus/families_r11/`` were written for these tests from the libraries' documented patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.conftest import calls_by_site


FIXTURES = Path(__file__).parent / "corpus" / "families_r11"

# file, line, sdk, api, model, model_source, output_tokens_source, prompt_source
EXPECTED = [
    ("http_engines_api.py", 11, "http-openai", "completions", "text-curie-001", "literal", "argument", "default"),
    ("langchain_session_chains.py", 17, "langchain", "chain.predict", "gpt-4o-mini", "client", "argument", "default"),
    ("langchain_session_chains.py", 21, "langchain", "chain.__call__", "gpt-4.1-nano", "client", "config-default",
     "template"),
    ("mem0_memory.py", 15, "mem0", "add", "gpt-4.1-mini", "client", "config-default", "default"),
    ("mem0_memory.py", 22, "mem0", "search", "gpt-4.1-mini", "client", "config-default", "default"),
    ("llm_service_class.py", 16, "openai", "chat.completions.create", "gpt-4.1-mini", "wrapper-default",
     "config-default", "default"),
    # a plain dict parameter's .get is not the function's **kwargs: the caller's dict may name any model
    ("llm_service_class.py", 22, "openai", "chat.completions.create", "gpt-4o-mini", "config-default",
     "config-default", "default"),
    ("flask_llama/app/routes.py", 13, "llama_cpp", "__call__", "models\\tinyllama-1.1b-chat.Q4_K_M.gguf", "client",
     "argument", "template"),
    ("haystack_app/rag.py", 17, "haystack", "run", "mistral:7b", "client", "generation-config", "default"),
]  # fmt: skip


@pytest.fixture(scope="module")
def found():
    return calls_by_site(FIXTURES)


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_call_site(found, row):
    path, line, sdk, api, model, model_source, output_source, prompt_source = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)
    assert (call.output_tokens_source, call.prompt_source) == (output_source, prompt_source)


def test_no_other_calls(found):
    """``add(infer=False)``, a search without a graph store, the hosted MemoryClient, a RemoteRunnable chain and a
    dict of strings give no call."""
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)


def test_llama_cpp_model_from_another_module_is_local(found):
    """routes.py names no SDK: the pre-filter lets it through because it calls ``llm_model(`` imported from a module
    that does; the Windows path's quantisation tag still sets the precision."""
    local = found[("flask_llama/app/routes.py", 13)].extra["local"]
    assert (local["stack"], local["precision"], local["precision_source"]) == ("llama.cpp", "int4", "model name")


def test_mem0_add_sends_two_requests(found):
    """mem0's add() asks the LLM for the facts, then how to merge them with stored memories; search() once."""
    add, search = found[("mem0_memory.py", 15)], found[("mem0_memory.py", 22)]
    assert (add.requests_per_call, add.requests_source) == (
        2,
        "mem0 add: fact extraction, then memory update (at least)",
    )
    assert search.requests_per_call == 1
