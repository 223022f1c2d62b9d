import Anthropic from "@anthropic-ai/sdk";

export const MODELS = {
  fast: "claude-3-5-haiku-latest",
  smart: "claude-sonnet-4-20250514",
} as const;

const client = new Anthropic();

export async function quickAnswer(question: string) {
  return client.messages.create({
    model: MODELS.fast,
    max_tokens: 300,
    messages: [{ role: "user", content: question }],
  });
}

export async function deepAnswer(question: string, context: string) {
  return client.messages.create({
    model: MODELS.smart,
    max_tokens: 4000,
    system: `Use the context to answer.\n\n${context}`,
    messages: [{ role: "user", content: question }],
  });
}
