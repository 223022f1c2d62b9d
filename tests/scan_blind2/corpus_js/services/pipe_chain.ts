import { ChatOllama } from "@langchain/ollama";
import { PromptTemplate } from "@langchain/core/prompts";

const llm = new ChatOllama({ model: "qwen2.5:7b", temperature: 0 });
const template = PromptTemplate.fromTemplate("Rewrite formally: {text}");

export async function formalize(text: string) {
  const chain = template.pipe(llm);
  const out = await chain.invoke({ text });
  return out.content;
}

export async function formalizeMany(texts: string[]) {
  return llm.batch(texts.map((t) => `Rewrite formally: ${t}`));
}
