// A server action that builds one chain and hands it to a helper for each chunk: the helper's `chain` parameter
// is filled by the file's only caller.
import { StringOutputParser } from "@langchain/core/output_parsers";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { RunnableSequence } from "@langchain/core/runnables";
import { ChatAnthropic } from "@langchain/anthropic";

async function rewriteOne(chain: RunnableSequence<unknown, string>, text: string) {
  return chain.invoke({ text });
}

export async function rewriteAll(chunks: string[]) {
  const llm = new ChatAnthropic({ model: "claude-3-5-haiku-latest", maxTokens: 256 });
  const prompt = ChatPromptTemplate.fromMessages([["human", "Rewrite in plain English:\n{text}"]]);
  const chain = RunnableSequence.from([prompt, llm, new StringOutputParser()]);
  return Promise.all(chunks.map((chunk) => rewriteOne(chain, chunk)));
}
