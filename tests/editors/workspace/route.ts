// app/api/summarise/route.ts: a Next.js route handler that the real-editor tests open (two SDKs, one call each).
import Anthropic from "@anthropic-ai/sdk";
import { NextResponse } from "next/server";
import OpenAI from "openai";

const openai = new OpenAI();
const anthropic = new Anthropic();

const SYSTEM = "You are a concise support assistant. Summarise in three bullets.";

export async function POST(request: Request): Promise<Response> {
  const { ticket } = (await request.json()) as { ticket: string };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: `Customer says: ${ticket}` },
    ],
    max_tokens: 300,
  });
  const summary = completion.choices[0]?.message.content ?? "";
  const review = await anthropic.messages.create({
    model: "claude-3-5-haiku-20241022",
    max_tokens: 200,
    messages: [{ role: "user", content: `Is this summary accurate and polite?\n\n${summary}` }],
  });
  return NextResponse.json({ summary, review: review.content });
}
