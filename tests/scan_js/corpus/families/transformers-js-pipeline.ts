// transformers.js in a Node worker: the text-generation pipeline is loaded lazily by a holder class and called
// with the prompt; an embedding pipeline next to it only embeds.
import { pipeline, type TextGenerationPipeline } from "@huggingface/transformers";

class Writer {
  private task = "text-generation" as const;
  private model = "onnx-community/Qwen2.5-0.5B-Instruct";
  private loading: Promise<TextGenerationPipeline> | undefined = undefined;

  load() {
    if (this.loading === undefined) {
      this.loading = pipeline(this.task, this.model, { dtype: "q4" }) as Promise<TextGenerationPipeline>;
    }
    return this.loading;
  }

  async write(prompt: string) {
    const generate = await this.load();
    const out = await generate(prompt, { max_new_tokens: 120, temperature: 0.7 });
    return out;
  }
}

export async function tagline(product: string) {
  const generator = await pipeline("text2text-generation", "Xenova/flan-t5-small");
  return generator(`Write a tagline for ${product}`, { max_new_tokens: 24 });
}

export const writer = new Writer();
