"""Model-name lookup: the spellings people write in code resolve to the right catalog entry."""

from __future__ import annotations

import pytest

from rice_core.catalog.models import (
    all_models,
    comparable_models,
    lookup_model,
    suggest_models,
)

SPELLINGS = [
    # OpenAI, dated snapshots and provider prefixes
    ("gpt-4o", "gpt-4o"),
    ("GPT-4o", "gpt-4o"),
    ("gpt-4o-2024-08-06", "gpt-4o"),
    ("openai/gpt-4o", "gpt-4o"),
    ("azure/gpt-4o-2024-11-20", "gpt-4o"),
    ("chatgpt-4o-latest", "gpt-4o"),
    ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
    ("gpt-4-0613", "gpt-4"),
    ("gpt-4-32k", "gpt-4"),
    ("gpt-4-turbo", "gpt-4-turbo"),
    ("gpt-4-turbo-2024-04-09", "gpt-4-turbo"),
    ("gpt-4-1106-preview", "gpt-4-turbo"),
    ("gpt-3.5-turbo-0125", "gpt-3.5-turbo"),
    ("gpt-35-turbo-16k", "gpt-3.5-turbo"),
    ("gpt-4.1-2025-04-14", "gpt-4.1"),
    ("gpt-4.1-mini", "gpt-4.1-mini"),
    ("gpt-4.1-nano-2025-04-14", "gpt-4.1-nano"),
    ("gpt-5-2025-08-07", "gpt-5"),
    ("gpt-5-chat-latest", "gpt-5"),
    ("gpt-5-mini", "gpt-5-mini"),
    ("gpt-5-nano-2025-08-07", "gpt-5-nano"),
    ("o1-2024-12-17", "o1"),
    ("o1-mini-2024-09-12", "o1-mini"),
    ("o3-2025-04-16", "o3"),
    ("o3-mini", "o3-mini"),
    ("o4-mini-2025-04-16", "o4-mini"),
    ("openai/gpt-oss-120b", "gpt-oss-120b"),
    ("gpt-oss:20b", "gpt-oss-20b"),
    ("openai.gpt-oss-120b-1:0", "gpt-oss-120b"),
    # Anthropic: API ids, litellm prefixes, Bedrock, Vertex, OpenRouter
    ("claude-3-5-sonnet-20241022", "claude-3-5-sonnet"),
    ("claude-3-5-sonnet-latest", "claude-3-5-sonnet"),
    ("anthropic/claude-3-haiku-20240307", "claude-3-haiku"),
    ("claude-3-opus-20240229", "claude-3-opus"),
    ("claude-3-7-sonnet-20250219", "claude-3-7-sonnet"),
    ("claude-sonnet-4-20250514", "claude-sonnet-4"),
    ("claude-opus-4-1-20250805", "claude-opus-4-1"),
    ("claude-sonnet-4-5@20250929", "claude-sonnet-4-5"),
    ("claude-haiku-4-5-20251001", "claude-haiku-4-5"),
    ("claude-opus-4-5", "claude-opus-4-5"),
    ("anthropic.claude-3-5-sonnet-20240620-v1:0", "claude-3-5-sonnet"),
    ("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3-7-sonnet"),
    ("bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet"),
    ("eu.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5"),
    ("vertex_ai/claude-3-5-sonnet-v2@20241022", "claude-3-5-sonnet"),
    ("claude-3-haiku@20240307", "claude-3-haiku"),
    ("openrouter/anthropic/claude-3.5-sonnet", "claude-3-5-sonnet"),
    ("anthropic/claude-sonnet-4.5", "claude-sonnet-4-5"),
    # Google
    ("gemini/gemini-1.5-pro", "gemini-1.5-pro"),
    ("gemini-1.5-flash-002", "gemini-1.5-flash"),
    ("gemini-1.5-flash-8b-latest", "gemini-1.5-flash-8b"),
    ("vertex_ai/gemini-2.0-flash-001", "gemini-2.0-flash"),
    ("gemini-2.0-flash-lite", "gemini-2.0-flash-lite"),
    ("gemini-2.5-pro-preview-06-05", "gemini-2.5-pro"),
    ("models/gemini-2.5-flash", "gemini-2.5-flash"),
    ("gemini-2.5-flash-lite", "gemini-2.5-flash-lite"),
    ("google/gemma-2-9b-it", "gemma-2-9b"),
    ("gemma3:27b", "gemma-3-27b"),
    ("gemma2", "gemma-2-9b"),
    # Meta Llama: Hugging Face, Bedrock, Groq, Together, Ollama
    ("meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-8b"),
    ("meta-llama/Meta-Llama-3.1-70B-Instruct", "llama-3.1-70b"),
    ("meta.llama3-1-70b-instruct-v1:0", "llama-3.1-70b"),
    ("meta.llama3-70b-instruct-v1:0", "llama-3-70b"),
    ("groq/llama-3.1-8b-instant", "llama-3.1-8b"),
    ("groq/llama-3.3-70b-versatile", "llama-3.3-70b"),
    ("together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "llama-3.1-405b"),
    ("meta-llama/Llama-2-7b-chat-hf", "llama-2-7b"),
    ("llama2:13b", "llama-2-13b"),
    ("llama3.1:8b", "llama-3.1-8b"),
    ("llama3.1", "llama-3.1-8b"),
    ("ollama/llama3.1:70b", "llama-3.1-70b"),
    ("ollama_chat/llama3.2", "llama-3.2-3b"),
    ("llama3.2:1b", "llama-3.2-1b"),
    ("llama3:latest", "llama-3-8b"),
    ("llama3.1:8b-instruct-q4_K_M", "llama-3.1-8b"),
    ("meta.llama3-2-11b-instruct-v1:0", "llama-3.2-11b-vision"),
    ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama-4-scout"),
    ("meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "llama-4-maverick"),
    ("llama4:scout", "llama-4-scout"),
    ("vertex_ai/meta/llama-3.1-405b-instruct-maas", "llama-3.1-405b"),
    # Mistral
    ("mistralai/Mistral-7B-Instruct-v0.3", "mistral-7b"),
    ("mistral:7b", "mistral-7b"),
    ("mistral", "mistral-7b"),
    ("mistral.mistral-7b-instruct-v0:2", "mistral-7b"),
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", "mixtral-8x7b"),
    ("groq/mixtral-8x7b-32768", "mixtral-8x7b"),
    ("open-mixtral-8x22b", "mixtral-8x22b"),
    ("mistral/mistral-large-latest", "mistral-large-3"),
    ("mistral-large-2411", "mistral-large-2"),
    ("mistral.mistral-large-2407-v1:0", "mistral-large-2"),
    ("mistral-small-2501", "mistral-small-3"),
    ("mistral-small-latest", "mistral-small-4"),
    ("mistral-medium-latest", "mistral-medium"),
    ("open-mistral-nemo", "mistral-nemo"),
    ("mistralai/Mistral-Nemo-Instruct-2407", "mistral-nemo"),
    ("codestral-latest", "codestral"),
    ("codestral-2501", "codestral"),
    ("ministral-8b-latest", "ministral-8b"),
    ("mistralai/Ministral-8B-Instruct-2410", "ministral-8b"),
    # Qwen, DeepSeek, Cohere, Phi
    ("qwen2.5:7b", "qwen2.5-7b"),
    ("Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b"),
    ("qwen2.5:0.5b", "qwen2.5-0.5b"),
    ("Qwen/Qwen2.5-Coder-32B-Instruct", "qwen2.5-coder-32b"),
    ("qwen3:30b-a3b", "qwen3-30b-a3b"),
    ("Qwen/Qwen3-235B-A22B-Instruct-2507", "qwen3-235b-a22b"),
    ("qwen3:0.6b", "qwen3-0.6b"),
    ("qwen3", "qwen3-8b"),
    ("deepseek-chat", "deepseek-v3"),
    ("deepseek/deepseek-reasoner", "deepseek-r1"),
    ("deepseek-ai/DeepSeek-V3-0324", "deepseek-v3"),
    ("deepseek-ai/DeepSeek-R1-0528", "deepseek-r1"),
    ("deepseek-r1:7b", "deepseek-r1-distill-qwen-7b"),
    ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "deepseek-r1-distill-llama-70b"),
    ("command-r-plus-08-2024", "command-r-plus"),
    ("cohere.command-r-v1:0", "command-r"),
    ("CohereForAI/c4ai-command-r-plus", "command-r-plus"),
    ("command-a-03-2025", "command-a"),
    ("command-r7b-12-2024", "command-r7b"),
    ("microsoft/Phi-3-mini-4k-instruct", "phi-3-mini"),
    ("phi3:medium", "phi-3-medium"),
    ("microsoft/Phi-3.5-MoE-instruct", "phi-3.5-moe"),
    ("phi4", "phi-4"),
    ("microsoft/Phi-4-mini-instruct", "phi-4-mini"),
    ("qwen2.5-coder:7b", "qwen2.5-coder-7b"),
    ("qwen2.5-coder:14b", "qwen2.5-coder-14b"),
    ("claude-2.1", "claude-2"),
    # provider:model strings (LangChain init_chat_model, pydantic-ai) next to Ollama name:tag
    ("openai:gpt-4.1", "gpt-4.1"),
    ("anthropic:claude-3-5-sonnet-latest", "claude-3-5-sonnet"),
    ("google-gla:gemini-1.5-flash", "gemini-1.5-flash"),
    ("groq:llama-3.3-70b-versatile", "llama-3.3-70b"),
    ("mistral:mistral-large-latest", "mistral-large-3"),
    ("mistral:7b-instruct-q4_K_M", "mistral-7b"),
    ("mistral:latest", "mistral-7b"),
    ("bedrock:anthropic.claude-3-5-sonnet-20240620-v1:0", "claude-3-5-sonnet"),
]


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_real_world_spelling_resolves(spelling: str, expected: str) -> None:
    spec = lookup_model(spelling)
    assert spec is not None, f"{spelling!r} did not resolve"
    assert spec.id == expected


def test_every_id_and_alias_resolves_to_its_own_entry() -> None:
    for spec in all_models():
        for name in (spec.id, *spec.aliases):
            found = lookup_model(name)
            assert found is not None and found.id == spec.id, name


@pytest.mark.parametrize("name", ["", "   ", "my-azure-deployment", "text-embedding-3-small", "gpt-7-ultra", "llama"])
def test_unknown_name_gives_none_not_an_exception(name: str) -> None:
    assert lookup_model(name) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gpt4o", "gpt-4o"),
        ("claude-3.5-sonet", "claude-3-5-sonnet"),
        ("lama-3.1-8b", "llama-3.1-8b"),
        ("gemini-2.5-pr", "gemini-2.5-pro"),
        ("mixtral-8x7", "mixtral-8x7b"),
    ],
)
def test_suggestions_name_the_intended_model(name: str, expected: str) -> None:
    assert lookup_model(name) is None
    suggestions = suggest_models(name)
    assert expected in suggestions and len(suggestions) <= 3


def test_suggestions_for_gibberish_are_empty_and_respect_n() -> None:
    assert suggest_models("zzzzqqqq") == []
    assert len(suggest_models("gpt-4o-min", n=1)) == 1


def test_comparable_models_are_same_provider_and_tier_and_smaller() -> None:
    sonnet = lookup_model("claude-3-5-sonnet")
    assert sonnet is not None
    found = comparable_models(sonnet)
    assert [m.id for m in found][:1] == ["claude-sonnet-4-5"]
    assert all(m.provider == "anthropic" and m.tier == "medium" for m in found)
    assert all(m.active_params_b < sonnet.active_params_b for m in found)
    actives = [m.active_params_b for m in found]
    assert actives == sorted(actives, reverse=True)


def test_smallest_model_of_its_group_has_no_comparable() -> None:
    nano = lookup_model("gpt-5-nano")
    assert nano is not None and comparable_models(nano) == []


def test_retired_models_resolve_but_are_never_proposed() -> None:
    claude2, opus = lookup_model("claude-2.1"), lookup_model("claude-3-opus")
    assert claude2 is not None and claude2.retired and opus is not None
    assert claude2.active_params_b < opus.active_params_b and claude2.tier == opus.tier
    assert claude2 not in comparable_models(opus)
    assert all(not m.retired for spec in all_models() for m in comparable_models(spec))
