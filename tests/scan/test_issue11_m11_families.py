"""Issue 11 families seen on the b20–b26 real-code batches (M11): LlamaIndex engines kept on a Streamlit session or
imported from another module, citation engines, ``llm=Settings.llm``, a llama.cpp model given by URL; each with a
look-alike that sends no request. Fixtures in ``corpus/families_m11/`` were written for these tests from the SDKs'
documented patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scan.conftest import calls_by_site

from rice_core.scan import scan_source

CORPUS = Path(__file__).parent / "corpus"
FIXTURES = CORPUS / "families_m11"

# file, line, sdk, api, model, model_source, output_tokens_source, local stack or None
EXPECTED = [
    ("li_app/ask.py", 5, "llama_index", "chain.query", "gemma2:2b", "client", "config-default", "ollama"),
    ("llamaindex_engines.py", 17, "llama_index", "chain.chat", "phi3.5:3.8b", "client", "config-default", "ollama"),
    ("llamaindex_engines.py", 20, "llama_index", "chain.query", "phi3.5:3.8b", "client", "config-default", "ollama"),
    ("llamaindex_engines.py", 26, "llama_index", "chain.run", "phi3.5:3.8b", "client", "config-default", "ollama"),
    ("llamaindex_engines.py", 30, "llama_index", "complete", "https://example.org/weights/tinyllama-1.1b-chat.Q4_K_M.gguf",
     "client", "argument", "llama.cpp"),
    ("autogen_teams.py", 22, "autogen", "on_messages", "gpt-4.1-mini", "client", "config-default", None),
    ("autogen_teams.py", 24, "autogen", "chain.run", "gpt-4.1-mini", "client", "config-default", None),
    ("autogen_teams.py", 28, "autogen", "chain.run_stream", "gpt-4.1-mini", "client", "config-default", None),
    ("semantic_kernel_agents.py", 20, "semantic_kernel", "chain.get_response", "gpt-4.1-nano", "client",
     "config-default", None),
    ("semantic_kernel_agents.py", 21, "semantic_kernel", "chain.invoke_stream", "gpt-4o-mini", "client",
     "config-default", None),
    ("semantic_kernel_agents.py", 23, "semantic_kernel", "chain.invoke", "wine-gpt4o", "client", "config-default",
     None),
    ("gemini_guarded_models.py", 17, "google-generativeai", "generate_content", "gemini-1.5-flash-8b", "client",
     "config-default", None),
    ("gemini_guarded_models.py", 25, "google-generativeai", "send_message", "gemini-2.0-flash-lite", "client",
     "config-default", None),
    ("langchain_chainlit_session.py", 24, "langchain", "chain.acall", "models/mistral-7b-instruct.ggmlv3.q4_0.bin",
     "client", "argument", "llama.cpp"),
    ("langchain_chainlit_session.py", 30, "langchain", "chain.run", "models/mistral-7b-instruct.ggmlv3.q4_0.bin",
     "client", "argument", "llama.cpp"),
    ("lc_app/callbacks.py", 9, "langchain", "chain.predict", "gpt-4o-mini", "client", "argument", None),
    ("http_hf_bedrock_rest.py", 16, "http-huggingface", "text-generation", "HuggingFaceH4/zephyr-7b-beta", "literal",
     "generation-config", None),
    ("http_hf_bedrock_rest.py", 21, "http-huggingface", "text-generation", "google/gemma-2-2b-it", "literal",
     "config-default", None),
    ("http_hf_bedrock_rest.py", 32, "http-bedrock", "invoke_model", "meta.llama3-8b-instruct-v1:0", "literal",
     "argument", None),
    ("ollama_cli.py", 12, "ollama", "cli.run", "llama3.2:1b", "wrapper-default", "config-default", "ollama"),
    ("ollama_cli.py", 17, "ollama", "cli.run", "qwen2.5:3b", "constant", "config-default", "ollama"),
    ("ollama_cli.py", 21, "ollama", "cli.run", "qwen2.5:3b", "constant", "config-default", "ollama"),
    ("crewai_task_execute.py", 13, "crewai", "chain.execute", "ollama/llama3.1:8b", "client", "config-default", None),
    ("transformers_peft.py", 21, "transformers", "generate", "Qwen/Qwen2.5-1.5B-Instruct", "client", "argument",
     "hf-transformers"),
    ("star_app/try_model.py", 9, "transformers", "generate", "./runs/sft/final", "client", "argument", "hf-transformers"),
    ("llamaindex_hyde.py", 9, "llama_index", "chain.__call__", "gpt-4o-mini", "client", "argument", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def found():
    return calls_by_site(FIXTURES)


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_call_site(found, row):
    path, line, sdk, api, model, model_source, output_source, stack = row
    call = found[(path, line)]
    assert (call.sdk, call.api, call.model, call.model_source) == (sdk, api, model, model_source)
    assert call.output_tokens_source == output_source
    assert (call.extra.get("local") or {}).get("stack") == stack


def test_no_other_calls(found):
    """The look-alike files (``neg_*.py``) and the lines that send nothing give no call."""
    assert sorted(found) == sorted((r[0], r[1]) for r in EXPECTED)


def _models(source: str) -> list[tuple[int, str, str]]:
    return [(c.line, c.model, c.model_source) for c in scan_source(source, "app.py")]


def test_team_turns_bound_the_requests(found):
    """A team's run is one request per turn: ``max_turns=8`` is the bound, said in the source; without it, one."""
    team = found[("autogen_teams.py", 24)]
    assert (team.requests_per_call, team.requests_source) == (8, "team: up to 8 turns (max_turns)")
    assert found[("autogen_teams.py", 28)].requests_per_call == 1


def test_agent_instructions_are_part_of_the_prompt(found):
    call = found[("semantic_kernel_agents.py", 20)]
    assert "today's menu" in call.prompt_text and "vegetarian" in call.prompt_text


def test_hugging_face_inference_reads_inputs_and_parameters(found):
    call = found[("http_hf_bedrock_rest.py", 16)]
    assert call.output_tokens == 120
    bedrock = found[("http_hf_bedrock_rest.py", 32)]
    assert (bedrock.output_tokens, "Summarise" in bedrock.prompt_text) == (256, True)


def test_ollama_cli_prompt_is_read_from_stdin_or_the_last_argument(found):
    assert "three bullet points" in found[("ollama_cli.py", 12)].prompt_text
    assert "five-word title" in found[("ollama_cli.py", 17)].prompt_text


def test_a_task_run_alone_sends_its_description(found):
    assert "two sentences" in found[("crewai_task_execute.py", 13)].prompt_text


def test_a_peft_adapter_keeps_the_base_models_precision(found):
    local = found[("transformers_peft.py", 21)].extra["local"]
    assert (local["precision"], local["precision_source"]) == ("int4", "argument")
