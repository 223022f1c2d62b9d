import { Ollama } from "ollama";

const ollama = new Ollama({ host: process.env.OLLAMA_HOST ?? "http://gpu-box:11434" });

export async function embedChunks(chunks: string[]) {
  const out: number[][] = [];
  for (const chunk of chunks) {
    const { embedding } = await ollama.embeddings({ model: "nomic-embed-text", prompt: chunk });
    out.push(embedding);
  }
  return out;
}

export async function* chatStream(messages: { role: string; content: string }[]) {
  const stream = await ollama.chat({ model: "llama3.2", messages, stream: true });
  for await (const part of stream) {
    yield part.message.content;
  }
}
