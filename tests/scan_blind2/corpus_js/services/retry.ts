import pRetry from "p-retry";
import OpenAI from "openai";

const openai = new OpenAI();

async function withRetry<T>(fn: () => Promise<T>, retries = 3): Promise<T> {
  return pRetry(fn, { retries });
}

export async function safeAsk(question: string) {
  const res = await withRetry(() =>
    openai.chat.completions.create({
      model: process.env.OPENAI_MODEL || "gpt-4o-mini",
      messages: [{ role: "user", content: question }],
    }),
  );
  return res.choices[0].message.content;
}
