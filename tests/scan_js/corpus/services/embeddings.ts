import OpenAI from "openai";
import { toFile } from "openai/uploads";

const openai = new OpenAI();

export async function embed(texts: string[]): Promise<number[][]> {
  const res = await openai.embeddings.create({ model: "text-embedding-3-small", input: texts });
  return res.data.map((d) => d.embedding);
}

export async function uploadTrainingFile(jsonl: string) {
  const file = await openai.files.create({
    file: await toFile(Buffer.from(jsonl), "train.jsonl"),
    purpose: "fine-tune",
  });
  return file.id;
}

export async function listModels(): Promise<string[]> {
  const models = await openai.models.list();
  return models.data.map((m) => m.id);
}
