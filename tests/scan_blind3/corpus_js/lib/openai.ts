import OpenAI from "openai";

export const DEFAULT_MODEL = "gpt-4.1-mini";

export const openaiClient = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  maxRetries: 3,
});
