// transformers.js used for embeddings and classification only: no pipeline here generates text.
import { pipeline } from "@huggingface/transformers";

const embed = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2");
const classify = await pipeline("sentiment-analysis");

export async function vector(text: string) {
  return embed(text, { pooling: "mean", normalize: true });
}

export async function mood(text: string) {
  return classify(text);
}
