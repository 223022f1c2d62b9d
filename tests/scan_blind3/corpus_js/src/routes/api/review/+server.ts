import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import Anthropic from "@anthropic-ai/sdk";
import { env } from "$env/dynamic/private";

const claude = new Anthropic({ apiKey: env.ANTHROPIC_API_KEY });
const REVIEW_MODEL = env.CLAUDE_MODEL ?? "claude-3-5-haiku-20241022";

export const POST: RequestHandler = async ({ request }) => {
  const { essay } = await request.json();
  const msg = await claude.messages.create({
    model: REVIEW_MODEL,
    max_tokens: 600,
    system: "You are a kind writing tutor.",
    messages: [{ role: "user", content: essay }],
  });
  const text = msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  return json({ feedback: text });
};
