import { anthropic } from "@/lib/anthropic";

export async function replay(text: string) {
  return anthropic.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 100, messages: [{ content: text }] });
}
