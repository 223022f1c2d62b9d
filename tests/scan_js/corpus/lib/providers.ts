import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";

// Groq and OpenRouter expose OpenAI-compatible endpoints.
export const groq = createOpenAI({
  baseURL: "https://api.groq.com/openai/v1",
  apiKey: process.env.GROQ_API_KEY,
});

const FAST_MODEL = "llama-3.1-8b-instant";

export async function classifyIntent(utterance: string): Promise<"billing" | "support" | "sales" | "other"> {
  const { text } = await generateText({
    model: groq(FAST_MODEL),
    prompt: `Classify the intent of the message as billing, support, sales or other. Reply with one word.\n\nMessage: ${utterance}`,
    maxTokens: 5,
  });
  const label = text.trim().toLowerCase();
  return (["billing", "support", "sales"].includes(label) ? label : "other") as
    | "billing"
    | "support"
    | "sales"
    | "other";
}
