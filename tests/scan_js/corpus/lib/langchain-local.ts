import { ChatOllama } from "@langchain/ollama";
import { ChatAnthropic } from "@langchain/anthropic";
import { HumanMessage } from "@langchain/core/messages";

const local = new ChatOllama({ model: "mistral:7b-instruct", numPredict: 200, temperature: 0 });

const writer = new ChatAnthropic({
  modelName: "claude-3-opus-20240229",
  maxTokens: 4096,
});

export async function draftOffline(topic: string) {
  const res = await local.invoke([new HumanMessage(`Draft three bullet points about ${topic}.`)]);
  return res.content;
}

export async function* longForm(outline: string) {
  const stream = await writer.stream(`Write a detailed article from this outline:\n${outline}`);
  for await (const chunk of stream) {
    yield chunk.content;
  }
}
