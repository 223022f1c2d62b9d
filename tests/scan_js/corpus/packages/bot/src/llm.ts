import { ChatOpenAI } from "@langchain/openai";

export const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.2 });

export async function ask(question: string): Promise<string> {
  const res = await llm.invoke(question);
  return typeof res.content === "string" ? res.content : JSON.stringify(res.content);
}
