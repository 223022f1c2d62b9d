// A helper whose `runner` parameter is filled with a vector-store retriever by its caller: invoking it searches
// the store, no model is asked.
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";

async function lookUp(runner: { invoke(q: string): Promise<unknown> }, question: string) {
  return runner.invoke(question);
}

export async function search(texts: string[], question: string) {
  const store = await MemoryVectorStore.fromTexts(texts, [], new OpenAIEmbeddings());
  return lookUp(store.asRetriever(4), question);
}
