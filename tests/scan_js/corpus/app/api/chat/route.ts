import OpenAI from "openai";
import { NextRequest } from "next/server";

export const runtime = "nodejs";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MODEL = process.env.CHAT_MODEL ?? "gpt-4o-mini";

const SYSTEM_PROMPT = `You are Acme's shopping assistant.
Answer questions about products in the catalog. Keep answers under 120 words.
If the user asks about an order, ask for the order number.`;

type ChatMessage = { role: "user" | "assistant"; content: string };

export async function POST(req: NextRequest) {
  const { messages } = (await req.json()) as { messages: ChatMessage[] };

  const stream = await openai.chat.completions.create({
    model: MODEL,
    stream: true,
    max_tokens: 600,
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...messages],
  });

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content ?? "";
        controller.enqueue(encoder.encode(delta));
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
