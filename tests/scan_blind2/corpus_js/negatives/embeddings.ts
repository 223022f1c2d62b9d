import OpenAI from "openai";
import { openai } from "@ai-sdk/openai";
import { embed, embedMany } from "ai";

const client = new OpenAI();

export async function vector(text: string) {
  const res = await client.embeddings.create({ model: "text-embedding-3-small", input: text });
  return res.data[0].embedding;
}

export async function vectors(values: string[]) {
  const { embedding } = await embed({ model: openai.embedding("text-embedding-3-small"), value: values[0] });
  const { embeddings } = await embedMany({ model: openai.textEmbeddingModel("text-embedding-3-large"), values });
  return [embedding, ...embeddings];
}
