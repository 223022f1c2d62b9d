import { ChatOpenAI } from "@langchain/openai";
import { chatConfig } from "@/lib/llm-config";

const llm = new ChatOpenAI(chatConfig("gpt-4o"));

export async function reply(question: string) {
  const answer = await llm.invoke(question);
  return answer.content;
}
