import { ContextChatEngine, OpenAI, ReActAgent, Settings, SimpleChatEngine } from "llamaindex";
import { openai } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import { agent as localAgent } from "./local-agent";

Settings.llm = new OpenAI({ model: "gpt-4o-mini", maxTokens: 256 });
const planner = openai({ model: "gpt-4.1-nano" });

export async function plan(trip: string) {
  const travel = agent({ llm: planner, tools: [] });
  return travel.run(`Plan a weekend in ${trip}`);
}

export async function support(retriever: any, question: string) {
  const engine = new ContextChatEngine({ retriever, chatModel: new OpenAI({ model: "gpt-4.1" }) });
  return engine.chat({ message: question });
}

export async function smallTalk(text: string) {
  const engine = new SimpleChatEngine({});
  return engine.chat({ message: text });
}

export async function reason(task: string) {
  const react = new ReActAgent({ llm: new OpenAI({ model: "o3-mini" }), tools: [] });
  return react.chat({ message: task });
}

// a project's own `agent` helper is not LlamaIndex's: its run() is not a model request here
export async function notLlamaIndex(task: string) {
  return localAgent({ name: "x" }).run(task);
}
