import { generateText, type LanguageModel } from "ai";
import { createGroq } from "@ai-sdk/groq";
import { google } from "@ai-sdk/google";

const groqKey = process.env.GROQ_API_KEY;
const groq = groqKey ? createGroq({ apiKey: groqKey }) : null;
const WORD_MODEL = process.env.WORD_MODEL ?? "llama-3.1-8b-instant";

export async function define(word: string) {
  if (!groq) return null;
  return generateText({ model: groq(WORD_MODEL), prompt: `Define "${word}" for a child.` });
}

const ask = async (prompt: string, model: LanguageModel) => {
  const { text } = await generateText({ model, prompt });
  return text;
};

export const sky = () => ask("Why is the sky blue?", google("gemini-2.0-flash"));
export const sea = () => ask("Why is the sea salty?", google("gemini-2.0-flash"));

async function compare(prompt: string, model: LanguageModel) {
  return generateText({ model, prompt });
}

export const both = () => [compare("Hi", google("gemini-2.0-flash")), compare("Hi", google("gemini-1.5-pro"))];
