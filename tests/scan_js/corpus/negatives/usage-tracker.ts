import type { ChatCompletion } from "openai/resources/chat/completions";
import { db } from "@/lib/db";

// Records token usage after a completion; makes no LLM call itself.
export async function recordUsage(userId: string, completion: ChatCompletion) {
  const usage = completion.usage;
  if (!usage) return;
  await db.usage.create({
    data: {
      userId,
      model: completion.model,
      promptTokens: usage.prompt_tokens,
      completionTokens: usage.completion_tokens,
    },
  });
}

export function costUsd(model: string, promptTokens: number, completionTokens: number): number {
  const prices: Record<string, [number, number]> = { "gpt-4o": [2.5, 10], "gpt-4o-mini": [0.15, 0.6] };
  const [input, output] = prices[model] ?? [0, 0];
  return (promptTokens * input + completionTokens * output) / 1_000_000;
}
