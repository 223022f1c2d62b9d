"""Issue 11 JS/TS families: openai-node v3, cohere-ai, @google/generative-ai chats, PaLM REST, LangChain.js
completion LLMs; Ollama loads (no prompt) are not requests."""

from __future__ import annotations

from tests.scan_js.helpers import scan


def _rows(text: str) -> list[tuple[int, str, str, str | None]]:
    return [(s.line, s.sdk, s.api, s.model) for s in scan(text)]


def test_openai_node_v3():
    assert _rows(
        """
const { Configuration, OpenAIApi } = require("openai");
const client = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
export async function handler(req, res) {
  const chat = await client.createChatCompletion({ model: "gpt-3.5-turbo", messages: req.body.messages });
  const text = await client.createCompletion({ model: "text-davinci-003", prompt: "Say hi", max_tokens: 7 });
  res.json({ chat, text });
}
"""
    ) == [(5, "openai", "createChatCompletion", "gpt-3.5-turbo"), (6, "openai", "createCompletion", "text-davinci-003")]


def test_cohere_and_google_chat_sessions():
    assert _rows(
        """
import { CohereClientV2 } from "cohere-ai";
import { GoogleGenerativeAI } from "@google/generative-ai";
const cohere = new CohereClientV2({ token: process.env.CO_KEY });
await cohere.chat({ model: "command-r-plus", messages: [{ role: "user", content: "hi" }] });
const model = new GoogleGenerativeAI(process.env.KEY).getGenerativeModel({ model: "gemini-1.5-flash" });
const chat = model.startChat({ history: [] });
await chat.sendMessage("hello");
"""
    ) == [(5, "cohere", "chat", "command-r-plus"), (8, "google-generativeai", "sendMessage", "gemini-1.5-flash")]


def test_palm_generate_text_url_with_key_hole():
    assert _rows(
        """
import axios from "axios";
export const ask = (text) =>
  axios.post(`https://generativelanguage.googleapis.com/v1beta2/models/text-bison-001:generateText?key=${process.env.K}`, { prompt: { text } });
"""
    ) == [(4, "http-gemini", "generateText", "text-bison-001")]


def test_langchain_completion_llm_and_ollama_loads():
    assert _rows(
        """
import { OpenAI } from "@langchain/openai";
import ollama from "ollama";
const llm = new OpenAI({ model: "gpt-3.5-turbo-instruct" });
await llm.invoke("Tell me a joke");
await ollama.generate({ model: "llama3" });
await ollama.generate({ model: "llama3", prompt: "" });
"""
    ) == [(5, "langchain", "invoke", "gpt-3.5-turbo-instruct")]


def test_bedrock_commands_sent_by_a_client():
    assert _rows(
        """
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import { BedrockAgentRuntimeClient, InvokeAgentCommand, RetrieveCommand } from "@aws-sdk/client-bedrock-agent-runtime";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
const client = new BedrockRuntimeClient({});
export async function ask(text) {
  const command = new ConverseCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", messages: [] });
  await client.send(command);
  const agent = new BedrockAgentRuntimeClient({});
  await agent.send(new InvokeAgentCommand({ agentId: "a", agentAliasId: "b", sessionId: "s", inputText: text }));
  await agent.send(new RetrieveCommand({ knowledgeBaseId: "kb", retrievalQuery: { text } }));
  await new S3Client({}).send(new PutObjectCommand({ Bucket: "b", Key: "k" }));
}
"""
    ) == [
        (8, "bedrock", "ConverseCommand", "anthropic.claude-3-haiku-20240307-v1:0"),
        (10, "bedrock", "InvokeAgentCommand", "gpt-4o-mini"),  # an agent's model lives in AWS: unresolved
    ]


def test_llamaindex_ts_engines_and_agents():
    rows = _rows(
        """
import { VectorStoreIndex, OpenAIAgent, Document } from "llamaindex";
const index = await VectorStoreIndex.fromDocuments([new Document({ text: "x" })]);
const answer = await index.asQueryEngine().query({ query: "What is X?" });
const reply = await new OpenAIAgent({ tools: [] }).chat({ message: "hi" });
export const relay = (chatEngine, message) => chatEngine.chat({ message, stream: true });
const rows = await db.query({ sql: "select 1" });
"""
    )
    assert [r[:3] for r in rows] == [
        (4, "llama_index", "query"),
        (5, "llama_index", "chat"),
        (6, "llama_index", "chat"),
    ]


def test_model_object_exported_by_a_sibling_module(tmp_path):
    from rice_core.scan.js import scan_js_source

    (tmp_path / ".git").mkdir()
    (tmp_path / "package.json").write_text("{}")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "gemini.js").write_text(
        'import { GoogleGenerativeAI } from "@google/generative-ai";\n'
        "const genAI = new GoogleGenerativeAI(process.env.KEY);\n"
        'export const geminiModel = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });\n'
        'export const helper = { name: "not a model" };\n'
    )
    text = (
        'import { geminiModel, helper } from "./config/gemini.js";\n'
        "export async function story(prompt) {\n"
        "  helper.generateContent(prompt);\n"
        "  return (await geminiModel.generateContent(prompt)).response.text();\n"
        "}\n"
    )
    sites, _ = scan_js_source(text, str(tmp_path / "story.js"), root=str(tmp_path))
    assert [(s.line, s.sdk, s.model, s.model_source) for s in sites] == [
        (4, "google-generativeai", "gemini-1.5-flash", "client")
    ]


def test_llamaindex_ts_engine_uses_the_settings_llm():
    assert _rows(
        """
import { Settings, VectorStoreIndex } from "llamaindex";
import { OpenAI } from "@llamaindex/openai";
Settings.llm = new OpenAI({ model: "gpt-4o-mini" });
export const ask = async (index, q) => index.asQueryEngine().query({ query: q });
"""
    ) == [(5, "llama_index", "query", "gpt-4o-mini")]


def test_bedrock_image_models_are_not_text_requests():
    """InvokeModelCommand with an image model id, or an unresolved one in an image function, sends no text request."""
    assert _rows(
        """
import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
const client = new BedrockRuntimeClient({});
export async function draw(prompt) {
  return client.send(new InvokeModelCommand({ modelId: "amazon.titan-image-generator-v1", body: JSON.stringify({ prompt }) }));
}
export async function makeImage(id, prompt) {
  return client.send(new InvokeModelCommand({ modelId: id, body: JSON.stringify({ prompt }) }));
}
export async function answer(id, prompt) {
  return client.send(new InvokeModelCommand({ modelId: id, body: JSON.stringify({ prompt }) }));
}
"""
    ) == [(11, "bedrock", "InvokeModelCommand", "gpt-4o-mini")]


def test_llamaindex_ts_engines_and_agents_run_their_model_option():
    """`new ContextChatEngine({ chatModel })`, `agent({ llm })` (shorthand too): the model object in the option; no
    option: the file's Settings.llm."""
    assert _rows(
        """
import { ContextChatEngine, OpenAI, Settings, OpenAIAgent } from "llamaindex";
import { openai } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
Settings.llm = new OpenAI({ model: "gpt-4o-mini" });
const llm = openai({ model: "gpt-4.1-nano" });
await agent({ llm, tools: [] }).run("plan");
await new ContextChatEngine({ retriever: r, chatModel: new OpenAI({ model: "gpt-4.1" }) }).chat({ message: "q" });
await new OpenAIAgent({ tools: [] }).chat({ message: "hi" });
"""
    ) == [
        (7, "llama_index", "run", "gpt-4.1-nano"),
        (8, "llama_index", "chat", "gpt-4.1"),
        (9, "llama_index", "chat", "gpt-4o-mini"),
    ]


def test_local_runtimes_are_priced_on_your_hardware():
    """ollama-js, Ollama's REST API, LangChain.js ChatOllama and an SDK client on a localhost port carry
    extra["local"]; a hosted client does not."""
    sites = scan(
        """
import ollama from "ollama";
import { ChatOllama } from "@langchain/ollama";
import OpenAI from "openai";
await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: "hi" }] });
await new ChatOllama({ model: "qwen2.5:7b" }).invoke("y");
const lmstudio = new OpenAI({ baseURL: "http://localhost:1234/v1", apiKey: "x" });
await lmstudio.chat.completions.create({ model: "local-model", messages: [] });
await fetch("http://localhost:11434/api/generate", { method: "POST", body: JSON.stringify({ model: "phi3", prompt: "p" }) });
await new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [] });
"""
    )
    got = [
        (s.line, (s.extra.get("local") or {}).get("stack"), (s.extra.get("local") or {}).get("batch")) for s in sites
    ]
    assert got == [(5, "ollama", 1), (6, "ollama", 1), (8, "llama.cpp", 1), (9, "ollama", 1), (10, None, None)]


def test_bedrock_invoke_model_body_gives_prompt_and_output_cap():
    """`body: JSON.stringify(payload)`: the payload's system/messages (or inputText) are the prompt, its max_tokens
    (or textGenerationConfig.maxTokenCount) the output cap."""
    sites = scan(
        """
import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
const client = new BedrockRuntimeClient({});
export async function ask(q) {
  const payload = { anthropic_version: "bedrock-2023-05-31", max_tokens: 700, system: "Answer in French.", messages: [{ role: "user", content: q }] };
  return client.send(new InvokeModelCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", body: JSON.stringify(payload) }));
}
export async function titan(q) {
  const body = JSON.stringify({ inputText: `Summarise: ${q}`, textGenerationConfig: { maxTokenCount: 300 } });
  return client.send(new InvokeModelCommand({ modelId: "amazon.titan-text-express-v1", body }));
}
"""
    )
    got = [(s.line, s.output_tokens, s.output_tokens_source, s.prompt_source) for s in sites]
    assert got == [(6, 700, "generation-config", "template"), (10, 300, "generation-config", "template")]
    assert "Answer in French." in sites[0].prompt_text


def test_langchain_js_agents_run_their_chat_model():
    """`createReactAgent({ llm })`, LangChain v1 `createAgent({ model: "provider:model" | chatModel })` and
    `new AgentExecutor({ agent })`: invoking the agent is a request to its model."""
    assert _rows(
        """
import { ChatOpenAI } from "@langchain/openai";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { createAgent } from "langchain";
import { AgentExecutor, createToolCallingAgent } from "langchain/agents";
const llm = new ChatOpenAI({ model: "gpt-4o-mini" });
await createReactAgent({ llm, tools: [] }).invoke({ messages: [{ role: "user", content: "hi" }] });
await createAgent({ model: "openai:gpt-4.1", tools: [] }).invoke({ messages: [] });
const executor = new AgentExecutor({ agent: await createToolCallingAgent({ llm, tools: [], prompt }), tools: [] });
await executor.invoke({ input: "q" });
"""
    ) == [
        (7, "langchain", "invoke", "gpt-4o-mini"),
        (8, "langchain", "invoke", "openai:gpt-4.1"),
        (10, "langchain", "invoke", "gpt-4o-mini"),
    ]


def test_openai_agents_js_run_uses_the_agents_model():
    """`run(agent, input)` from @openai/agents is a request to the agent's model; a project's own `run` is not."""
    assert _rows(
        """
import { Agent, run } from "@openai/agents";
import { run as runJob } from "./jobs";
const agent = new Agent({ name: "Helper", instructions: "Be brief.", model: "gpt-4.1-mini" });
await run(agent, "Write a haiku about rice.");
await runJob(agent, "nightly");
"""
    ) == [(5, "openai-agents", "run", "gpt-4.1-mini")]
