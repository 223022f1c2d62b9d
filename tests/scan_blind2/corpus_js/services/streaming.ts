import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function* streamAnswer(question: string, model = "gpt-4.1") {
  const stream = await openai.chat.completions.create({
    model,
    stream: true,
    messages: [{ role: "user", content: question }],
  });
  for await (const chunk of stream) {
    yield chunk.choices[0]?.delta?.content ?? "";
  }
}

export async function streamClaude(question: string, onText: (t: string) => void) {
  const stream = anthropic.messages
    .stream({ model: "claude-3-7-sonnet-latest", max_tokens: 1024, messages: [{ role: "user", content: question }] })
    .on("text", onText);
  return stream.finalMessage();
}
