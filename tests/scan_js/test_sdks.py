"""One test per SDK shape the JS/TS front end recognises (sdk/api names match the Python side)."""

from __future__ import annotations

import pytest

from .helpers import only, scan

OPENAI_HEAD = 'import OpenAI from "openai";\nconst client = new OpenAI();\n'


@pytest.mark.parametrize(
    ("call", "api"),
    [
        ('client.chat.completions.create({ model: "gpt-4o", messages: [] })', "chat.completions.create"),
        ('client.chat.completions.stream({ model: "gpt-4o", messages: [] })', "chat.completions.stream"),
        ('client.beta.chat.completions.parse({ model: "gpt-4o", messages: [] })', "beta.chat.completions.parse"),
        ('client.responses.create({ model: "gpt-4o", input: "hi" })', "responses.create"),
        ('client.completions.create({ model: "gpt-4o", prompt: "hi" })', "completions.create"),
    ],
)
def test_openai_apis(call: str, api: str) -> None:
    site = only(OPENAI_HEAD + f"await {call};\n")
    assert (site.sdk, site.api, site.model, site.language) == ("openai", api, "gpt-4o", "typescript")


def test_openai_other_endpoints_are_not_llm_calls() -> None:
    assert (
        scan(
            OPENAI_HEAD + 'await client.embeddings.create({ model: "text-embedding-3-small", input: "x" });\n'
            'await client.models.list();\nawait client.files.create({ file, purpose: "batch" });\n'
        )
        == []
    )


def test_azure_openai_with_deployment_on_the_client() -> None:
    site = only(
        'import { AzureOpenAI } from "openai";\n'
        'const az = new AzureOpenAI({ deployment: "gpt-4o-mini", apiVersion: "2024-10-21" });\n'
        'await az.chat.completions.create({ messages: [{ role: "user", content: "hi" }] });\n'
    )
    assert (site.sdk, site.model, site.model_source) == ("openai", "gpt-4o-mini", "client")


@pytest.mark.parametrize("api", ["messages.create", "messages.stream", "beta.messages.create"])
def test_anthropic_apis(api: str) -> None:
    site = only(
        'import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();\n'
        f'anthropic.{api}({{ model: "claude-3-5-haiku-latest", max_tokens: 64, system: "Be brief.", '
        'messages: [{ role: "user", content: "hi" }] });\n'
    )
    assert (site.sdk, site.api, site.model, site.output_tokens) == ("anthropic", api, "claude-3-5-haiku-latest", 64)


@pytest.mark.parametrize("function", ["generateText", "streamText", "generateObject", "streamObject"])
def test_vercel_ai_functions_with_provider_factories(function: str) -> None:
    site = only(
        f'import {{ {function} }} from "ai";\nimport {{ anthropic }} from "@ai-sdk/anthropic";\n'
        f'await {function}({{ model: anthropic("claude-3-5-sonnet-latest"), prompt: "Say hi", maxTokens: 50 }});\n'
    )
    assert (site.sdk, site.api, site.model, site.output_tokens) == (
        "vercel-ai",
        function,
        "claude-3-5-sonnet-latest",
        50,
    )
    assert site.model_span is not None and site.model_span.line == 3


def test_vercel_ai_created_provider_and_provider_methods() -> None:
    sites = scan(
        'import { generateText } from "ai";\nimport { createOpenAI, openai } from "@ai-sdk/openai";\n'
        'const together = createOpenAI({ baseURL: "https://api.together.xyz/v1" });\n'
        'await generateText({ model: together("meta-llama/Llama-3.3-70B-Instruct-Turbo"), prompt: "a" });\n'
        'await generateText({ model: openai.chat("gpt-4o"), prompt: "b" });\n'
        'await generateText({ model: google("gemini-2.0-flash"), prompt: "c" });\n'
    )
    assert [s.model for s in sites] == ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "gpt-4o", "gpt-4o-mini"]
    assert "unresolved-model" in {w.code for w in sites[2].warnings}  # google() is not imported here


def test_vercel_ai_namespace_import_and_maxoutputtokens() -> None:
    site = only(
        'import * as ai from "ai";\nimport { google } from "@ai-sdk/google";\n'
        'await ai.generateText({ model: google("gemini-2.0-flash"), prompt: "x", maxOutputTokens: 77 });\n'
    )
    assert (site.api, site.model, site.output_tokens) == ("generateText", "gemini-2.0-flash", 77)


@pytest.mark.parametrize("method", ["invoke", "stream", "batch"])
def test_langchain_chat_model_methods(method: str) -> None:
    site = only(
        'import { ChatOpenAI } from "@langchain/openai";\n'
        'const llm = new ChatOpenAI({ modelName: "gpt-4o", maxTokens: 256 });\n'
        f'await llm.{method}("Tell me a joke");\n'
    )
    assert (site.sdk, site.api, site.model, site.model_source, site.output_tokens) == (
        "langchain",
        method,
        "gpt-4o",
        "client",
        256,
    )


def test_langchain_non_model_classes_are_not_clients() -> None:
    assert (
        scan(
            'import { ChatPromptTemplate } from "@langchain/core/prompts";\n'
            'import { OpenAIEmbeddings } from "@langchain/openai";\n'
            "const p = new ChatPromptTemplate({ inputVariables: [], promptMessages: [] });\n"
            'await p.invoke({});\nconst e = new OpenAIEmbeddings();\nawait e.invoke("x");\n'
        )
        == []
    )


def test_langchain_prompt_pipe_chain_counts_template_placeholders(config_placeholder_10) -> None:
    site = only(
        'import { ChatAnthropic } from "@langchain/anthropic";\n'
        'import { PromptTemplate } from "@langchain/core/prompts";\n'
        'const prompt = PromptTemplate.fromTemplate("Summarise {text} for {audience}. Use {{braces}}.");\n'
        'const chain = prompt.pipe(new ChatAnthropic({ model: "claude-3-5-haiku-latest" }));\n'
        "await chain.invoke({ text, audience });\n",
        config=config_placeholder_10,
    )
    assert (site.model, site.estimated_prompt_tokens, site.prompt_source) == ("claude-3-5-haiku-latest", 20, "template")


def test_google_genai_models_generate_content() -> None:
    site = only(
        'import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n'
        'await ai.models.generateContent({ model: "gemini-2.0-flash", contents: "Hello there",'
        " config: { maxOutputTokens: 99 } });\n"
    )
    assert (site.sdk, site.api, site.model, site.output_tokens, site.output_tokens_source) == (
        "google-genai",
        "models.generateContent",
        "gemini-2.0-flash",
        99,
        "generation-config",
    )


def test_google_genai_chat_session() -> None:
    site = only(
        'import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({});\n'
        'const chat = ai.chats.create({ model: "gemini-2.5-flash" });\n'
        'await chat.sendMessage({ message: "What is 2+2?" });\n'
    )
    assert (site.sdk, site.api, site.model, site.line) == ("google-genai", "sendMessage", "gemini-2.5-flash", 4)


def test_mistral_chat_complete() -> None:
    site = only(
        'import { Mistral } from "@mistralai/mistralai";\nconst m = new Mistral({ apiKey: "k" });\n'
        'await m.chat.complete({ model: "mistral-large-latest", messages: [{ role: "user", content: "hi" }],'
        " maxTokens: 10 });\n"
    )
    assert (site.sdk, site.api, site.model, site.output_tokens) == (
        "mistralai",
        "chat.complete",
        "mistral-large-latest",
        10,
    )


def test_ollama_default_instance_and_class() -> None:
    sites = scan(
        'import ollama, { Ollama } from "ollama";\nconst remote = new Ollama({ host: "http://gpu:11434" });\n'
        'await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: "hi" }] });\n'
        'await remote.generate({ model: "qwen2.5", prompt: "x", options: { num_predict: 42 } });\n'
        'await ollama.pull({ model: "llama3.1" });\n'
    )
    assert [(s.api, s.model, s.output_tokens) for s in sites] == [
        ("chat", "llama3.1", 300),
        ("generate", "qwen2.5", 42),
    ]


def test_javascript_grammar_and_commonjs_require() -> None:
    site = only(
        'const { OpenAI: Client } = require("openai");\nconst c = new Client();\n'
        'c.chat.completions.create({ model: "gpt-4o", messages: [] });\n',
        path="svc/handler.cjs",
    )
    assert (site.language, site.model, site.path) == ("javascript", "gpt-4o", "svc/handler.cjs")


def test_openai_assistants_run_reads_options_from_the_second_argument() -> None:
    site = only(
        OPENAI_HEAD + "await client.beta.threads.runs.createAndPoll(thread.id, "
        '{ assistant_id: "asst_1", model: "gpt-4.1", instructions: "Answer briefly." });\n'
        "await client.beta.threads.messages.list(thread.id);\n"
    )
    assert (site.api, site.model, site.prompt_source) == ("beta.threads.runs.createAndPoll", "gpt-4.1", "literal")


def test_legacy_azure_openai_sdk_positional_deployment() -> None:
    site = only(
        'const { OpenAIClient, AzureKeyCredential } = require("@azure/openai");\n'
        "const c = new OpenAIClient(endpoint, new AzureKeyCredential(key));\n"
        'await c.getChatCompletions("gpt-35-turbo", [{ role: "user", content: "hi" }], { maxTokens: 30 });\n',
        path="legacy.js",
    )
    assert (site.sdk, site.api, site.model, site.output_tokens) == (
        "azure-openai",
        "getChatCompletions",
        "gpt-35-turbo",
        30,
    )


def test_llamaindex_ts_llm_classes() -> None:
    sites = scan(
        'import { OpenAI, VectorStoreIndex } from "llamaindex";\n'
        'const llm = new OpenAI({ model: "gpt-4o", maxTokens: 40 });\n'
        'await llm.complete({ prompt: "Say hi" });\n'
        "await VectorStoreIndex.fromDocuments([]);\n"
    )
    assert [(s.sdk, s.api, s.model, s.output_tokens) for s in sites] == [("llama_index", "complete", "gpt-4o", 40)]


@pytest.mark.parametrize("specifier", ["npm:openai@4.77.0", "https://esm.sh/openai@4.20.1", "jsr:@openai/openai"])
def test_deno_and_cdn_import_specifiers(specifier: str) -> None:
    site = only(
        f'import OpenAI from "{specifier}";\nconst ai = new OpenAI();\n'
        'await ai.responses.create({ model: "gpt-4o", input: "hi" });\n'
    )
    assert (site.sdk, site.model) == ("openai", "gpt-4o")
