import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";

const groq = createOpenAI({
  baseURL: "https://api.groq.com/openai/v1",
  apiKey: process.env.GROQ_API_KEY,
});

export async function shortTitle(body: string) {
  const { text } = await generateText({
    model: groq("llama-3.1-70b-versatile"),
    prompt: `Write a title (max 8 words) for:\n${body}`,
    maxTokens: 24,
  });
  return text.trim();
}
