import { generateText, streamText } from "ai";

// Vercel AI Gateway: "provider/model" strings, AI SDK 5 option names.
export async function gatewayAnswer(question: string) {
  const { text } = await generateText({
    model: "openai/gpt-5-mini",
    prompt: question,
    maxOutputTokens: 500,
  });
  return text;
}

export function gatewayStream(prompt: string, tier: "fast" | "smart") {
  return streamText({
    model: tier === "fast" ? "anthropic/claude-3-5-haiku-latest" : "anthropic/claude-sonnet-4",
    prompt,
  });
}
