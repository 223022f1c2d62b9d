// Model aliases: a custom provider per vendor, gathered in one registry.
import { anthropic } from "@ai-sdk/anthropic";
import { openai } from "@ai-sdk/openai";
import { createProviderRegistry, customProvider } from "ai";

const tunedOpenAI = customProvider({
  languageModels: { quick: openai("gpt-4.1-nano"), deep: openai("o4-mini") },
  fallbackProvider: openai,
});

export const aliases = createProviderRegistry({
  openai: tunedOpenAI,
  anthropic: customProvider({ languageModels: { writer: anthropic("claude-3-7-sonnet-20250219") } }),
});
