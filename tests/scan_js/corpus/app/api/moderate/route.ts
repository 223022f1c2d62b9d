import { NextResponse } from "next/server";
import { openai } from "@/lib/openai-client";

export async function POST(req: Request) {
  const { text } = await req.json();

  const moderation = await openai.moderations.create({ model: "omni-moderation-latest", input: text });
  if (moderation.results[0].flagged) {
    return NextResponse.json({ allowed: false, reason: "flagged" });
  }

  const review = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    max_tokens: 50,
    messages: [
      { role: "system", content: "Say ALLOW or BLOCK: does this message break the community rules?" },
      { role: "user", content: text },
    ],
  });
  const verdict = review.choices[0].message.content?.trim();
  return NextResponse.json({ allowed: verdict === "ALLOW" });
}
