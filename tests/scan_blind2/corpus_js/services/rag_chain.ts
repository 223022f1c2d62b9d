import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableSequence, RunnablePassthrough } from "@langchain/core/runnables";
import type { VectorStoreRetriever } from "@langchain/core/vectorstores";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

const prompt = ChatPromptTemplate.fromTemplate(
  `Answer the question based only on the context:\n{context}\n\nQuestion: {question}`,
);

export function buildChain(retriever: VectorStoreRetriever) {
  return RunnableSequence.from([
    { context: retriever.pipe((docs) => docs.map((d) => d.pageContent).join("\n")), question: new RunnablePassthrough() },
    prompt,
    model,
    new StringOutputParser(),
  ]);
}

export async function ask(retriever: VectorStoreRetriever, question: string) {
  const chain = buildChain(retriever);
  return chain.invoke(question);
}
