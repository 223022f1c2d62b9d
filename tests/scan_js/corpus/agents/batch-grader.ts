import { ChatOpenAI } from "@langchain/openai";

const grader = new ChatOpenAI({ model: "gpt-4o-mini", maxTokens: 5 }).withStructuredOutput<{ score: number }>({
  type: "object",
  properties: { score: { type: "integer", minimum: 1, maximum: 5 } },
  required: ["score"],
});

export async function gradeAll(essays: string[]): Promise<number[]> {
  const inputs = essays.map((essay) => `Grade this essay from 1 to 5:\n\n${essay}`);
  const results = await grader.batch(inputs, { maxConcurrency: 4 });
  return results.map((r) => r.score);
}
