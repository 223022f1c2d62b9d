import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";

const together = createOpenAI({
  baseURL: "https://api.together.xyz/v1",
  apiKey: process.env.TOGETHER_API_KEY,
});

export async function classify(ticket: string) {
  const { text } = await generateText({
    model: together("meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    prompt: `Classify this ticket as bug, feature or question:\n${ticket}`,
    maxOutputTokens: 5,
  });
  return text.trim();
}
