"""Issue 11 scanner families: exact call sites, models, token sources, requests per call and local runtimes on
the fixtures in ``corpus/families/`` (written for this test from the SDKs' documented patterns), and no call in
the look-alike negatives (model registries, tokenizer-only code, mocks, an indexing-only pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rice_core.scan import scan_paths

CORPUS = Path(__file__).parent / "corpus"
FAMILIES = CORPUS / "families"

# file, line, sdk, api, model, model_source, prompt_source, output_tokens_source, requests per call,
# local runtime (stack, precision, batch) or None for hosted APIs
EXPECTED = [
    ("autogen_pair.py", 11, "autogen", "initiate_chat", "gpt-4o", "client", "template", "config-default", 4, None),
    (
        "bedrock_session_helper.py",
        22,
        "bedrock",
        "invoke_model",
        "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "constant",
        "default",
        "generation-config",
        1,
        None,
    ),
    (
        "crewai_team.py",
        14,
        "crewai",
        "chain.kickoff",
        "anthropic/claude-3-5-sonnet-20241022",
        "client",
        "default",
        "config-default",
        2,
        None,
    ),
    ("dspy_program.py", 21, "dspy", "__call__", "openai/gpt-4o-mini", "client", "default", "config-default", 1, None),
    ("dspy_program.py", 22, "dspy", "__call__", "openai/gpt-4o-mini", "client", "literal", "config-default", 1, None),
    ("dspy_program.py", 26, "dspy", "__call__", "openai/gpt-4o-mini", "client", "template", "argument", 1, None),
    (
        "genai_factory.py",
        18,
        "google-generativeai",
        "generate_content",
        "gemini-1.5-flash-002",
        "wrapper-default",
        "template",
        "config-default",
        1,
        None,
    ),
    ("haystack_rag.py", 30, "haystack", "run", "gpt-4o-mini", "client", "default", "generation-config", 1, None),
    (
        "hf_transformers_local.py",
        10,
        "transformers",
        "__call__",
        "meta-llama/Llama-3.2-3B-Instruct",
        "client",
        "template",
        "argument",
        1,
        ("hf-transformers", "bf16", 1),
    ),
    (
        "hf_transformers_local.py",
        23,
        "transformers",
        "generate",
        "mistralai/Mistral-7B-Instruct-v0.3",
        "wrapper-default",
        "default",
        "argument",
        1,
        ("hf-transformers", "int4", 1),
    ),
    (
        "http_rest_models.py",
        13,
        "http-gemini",
        "generateContent",
        "gemini-1.5-pro",
        "literal",
        "default",
        "generation-config",
        1,
        None,
    ),
    ("http_rest_models.py", 19, "http-openai", "chat.completions", "gpt-4o", "literal", "default", "argument", 1, None),
    (
        "http_rest_models.py",
        27,
        "http-openai",
        "chat.completions",
        "mistral-small-latest",
        "literal",
        "default",
        "config-default",
        1,
        None,
    ),
    (
        "llama_cpp_local.py",
        8,
        "llama_cpp",
        "create_chat_completion",
        "./weights/mistral-7b-instruct-v0.2.Q5_K_M.gguf",
        "client",
        "template",
        "argument",
        1,
        ("llama.cpp", "int4", 1),
    ),
    (
        "llama_cpp_local.py",
        16,
        "llama_cpp",
        "__call__",
        "./weights/mistral-7b-instruct-v0.2.Q5_K_M.gguf",
        "client",
        "template",
        "argument",
        1,
        ("llama.cpp", "int4", 1),
    ),
    (
        "llama_cpp_local.py",
        21,
        "llama_cpp",
        "create_completion",
        "Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF",
        "client",
        "template",
        "argument",
        1,
        ("llama.cpp", "int8", 1),
    ),
    (
        "llamaindex_chat_engines.py",
        12,
        "llama_index",
        "chain.chat",
        "claude-3-5-haiku-20241022",
        "client",
        "default",
        "argument",
        1,
        None,
    ),
    (
        "llamaindex_chat_engines.py",
        17,
        "llama_index",
        "chain.chat",
        "llama3.1:8b",
        "client",
        "literal",
        "config-default",
        1,
        ("ollama", "int4", 1),
    ),
    (
        "llamaindex_chat_engines.py",
        22,
        "llama_index",
        "chain.aquery",
        "claude-3-5-haiku-20241022",
        "client",
        "default",
        "argument",
        1,
        None,
    ),
    (
        "llamaindex_no_llm.py",
        7,
        "llama_index",
        "chain.query",
        "gpt-3.5-turbo",
        "sdk-default",
        "literal",
        "config-default",
        1,
        None,
    ),
    (
        "llamaindex_settings_engine.py",
        28,
        "llama_index",
        "chain.query",
        "gpt-4o-mini",
        "client",
        "template",
        "argument",
        1,
        None,
    ),
    (
        "mlx_local.py",
        9,
        "mlx_lm",
        "generate",
        "mlx-community/Llama-3.2-3B-Instruct-4bit",
        "client",
        "default",
        "argument",
        1,
        ("mlx", "int4", 1),
    ),
    (
        "modal_injected.py",
        10,
        "openai",
        "chat.completions.create",
        "gpt-4o-mini",
        "literal",
        "template",
        "argument",
        1,
        None,
    ),
    (
        "openai_legacy_sdk.py",
        13,
        "openai",
        "ChatCompletion.create",
        "gpt-35-turbo-prod",
        "constant",
        "template",
        "argument",
        3,
        None,
    ),
    (
        "openai_legacy_sdk.py",
        23,
        "openai",
        "Completion.create",
        "gpt-3.5-turbo-instruct",
        "literal",
        "default",
        "argument",
        1,
        None,
    ),
    (
        "semantic_kernel_app.py",
        11,
        "semantic_kernel",
        "invoke_prompt",
        "gpt-4o-mini-eu",
        "client",
        "literal",
        "config-default",
        1,
        None,
    ),
    ("sequential_chains.py", 15, "langchain", "chain.run", "gpt-4o-mini", "client", "template", "argument", 3, None),
    ("sequential_chains.py", 20, "langchain", "chain.invoke", "gpt-4o-mini", "client", "template", "argument", 2, None),
    (
        "smolagents_task.py",
        8,
        "smolagents",
        "run",
        "gemini/gemini-2.0-flash",
        "client",
        "default",
        "config-default",
        1,
        None,
    ),
    (
        "vllm_batch_job.py",
        20,
        "vllm",
        "generate",
        "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "client",
        "default",
        "generation-config",
        1,
        ("vllm", "int4", 1),
    ),
    (
        "vllm_batch_job.py",
        25,
        "vllm",
        "generate",
        "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "client",
        "template",
        "generation-config",
        4,
        ("vllm", "int4", 2),
    ),
    (
        "vllm_batch_job.py",
        31,
        "vllm",
        "chat",
        "Qwen/Qwen2.5-7B-Instruct-AWQ",
        "client",
        "template",
        "generation-config",
        1,
        ("vllm", "int4", 1),
    ),
]


@pytest.fixture(scope="module")
def found():
    result = scan_paths([str(FAMILIES)], root=str(CORPUS), use_cache=False, workers=1)
    return {(c.path.split("/", 1)[1], c.line): c for c in result.calls}


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_family_call_site(found, row):
    path, line, sdk, api, model, model_source, prompt_source, output_source, requests, local = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)
    assert (call.prompt_source, call.output_tokens_source, call.requests_per_call) == (
        prompt_source,
        output_source,
        requests,
    )
    got = call.extra.get("local")
    assert ((got["stack"], got.get("precision"), got["batch"]) if got else None) == local


def test_no_other_calls(found):
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)


@pytest.mark.parametrize("name", sorted(p.name for p in FAMILIES.glob("neg_*.py")))
def test_look_alike_negatives_have_no_call(name):
    result = scan_paths([str(FAMILIES / name)], root=str(CORPUS), use_cache=False, workers=1)
    assert result.calls == [], [(c.line, c.sdk, c.api) for c in result.calls]


def test_requests_sources_say_why(found):
    assert found[("sequential_chains.py", 15)].requests_source == "SimpleSequentialChain of 3 chains"
    assert found[("openai_legacy_sdk.py", 13)].requests_source == "n=3 completions"
    assert found[("vllm_batch_job.py", 25)].requests_source == "2 prompts in one call; n=2 completions"
    assert found[("autogen_pair.py", 11)].requests_source == "up to 4 turns"
    assert found[("crewai_team.py", 14)].requests_source == "2 tasks, each at least one request"


def test_sdk_default_model_is_flagged(found):
    call = found[("llamaindex_no_llm.py", 7)]
    assert [w.code for w in call.warnings if w.code.startswith("model")] == ["model-from-sdk-default"]
