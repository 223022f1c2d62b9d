import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
  organization: process.env.OPENAI_ORG_ID,
});

const DEFAULT_MODEL = process.env.OPENAI_MODEL || "gpt-4o-mini";

export async function complete(prompt: string, maxTokens = 400): Promise<string> {
  const res = await openai.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    max_tokens: maxTokens,
  });
  return res.choices[0]?.message?.content ?? "";
}
