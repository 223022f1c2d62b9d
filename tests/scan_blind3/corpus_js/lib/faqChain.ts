import { ChatOpenAI } from "@langchain/openai";
import { PromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableSequence } from "@langchain/core/runnables";

const prompt = PromptTemplate.fromTemplate(
  "Answer using only this context:\n{context}\n\nQuestion: {question}\nAnswer:"
);

const model = new ChatOpenAI({ model: "gpt-4o", temperature: 0 });

export const faqChain = RunnableSequence.from([prompt, model, new StringOutputParser()]);

export async function answerQuestion(context: string, question: string): Promise<string> {
  return faqChain.invoke({ context, question });
}
