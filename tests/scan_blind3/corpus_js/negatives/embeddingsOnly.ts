import OpenAI from "openai";
import { embedMany } from "ai";
import { openai as provider } from "@ai-sdk/openai";

const openai = new OpenAI();

export async function vectors(texts: string[]) {
  const r = await openai.embeddings.create({ model: "text-embedding-3-large", input: texts });
  return r.data.map((d) => d.embedding);
}

export async function moderate(text: string) {
  return (await openai.moderations.create({ model: "omni-moderation-latest", input: text })).results[0];
}

export async function image(prompt: string) {
  return openai.images.generate({ model: "gpt-image-1", prompt });
}

export async function viaSdk(values: string[]) {
  return embedMany({ model: provider.embedding("text-embedding-3-small"), values });
}
