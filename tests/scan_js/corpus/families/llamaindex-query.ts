import { Document, Settings, VectorStoreIndex } from "llamaindex";
import { OpenAI } from "@llamaindex/openai";

Settings.llm = new OpenAI({ model: "gpt-4o-mini" });

export async function ask(texts: string[], question: string) {
  const index = await VectorStoreIndex.fromDocuments(texts.map((text) => new Document({ text })));
  const engine = index.asQueryEngine();
  const response = await engine.query({ query: question });
  return response.toString();
}
