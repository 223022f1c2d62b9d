import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { ChatAnthropic } from "@langchain/anthropic";
import type { VectorStoreRetriever } from "@langchain/core/vectorstores";

const prompt = ChatPromptTemplate.fromMessages([
  ["system", "Answer the question using only the context below. If the answer is not there, say you don't know.\n\nContext:\n{context}"],
  ["human", "{question}"],
]);

const model = new ChatAnthropic({ model: "claude-3-5-haiku-20241022", maxTokens: 512, temperature: 0 });

const chain = prompt.pipe(model).pipe(new StringOutputParser());

export async function answer(retriever: VectorStoreRetriever, question: string): Promise<string> {
  const docs = await retriever.invoke(question);
  const context = docs.map((d) => d.pageContent).join("\n---\n");
  return chain.invoke({ context, question });
}
