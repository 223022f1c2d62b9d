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
