import { anthropic } from "@ai-sdk/anthropic";
import { openai } from "@ai-sdk/openai";
import { createProviderRegistry, generateText } from "ai";

export const registry = createProviderRegistry({ anthropic, openai });

export async function explainError(stack: string): Promise<string> {
  const { text } = await generateText({
    model: registry.languageModel("anthropic:claude-3-5-sonnet-latest"),
    prompt: `Explain this stack trace to a junior developer:\n${stack}`,
  });
  return text;
}
