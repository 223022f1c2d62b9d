import OpenAI from "openai";

const client = new OpenAI();

export async function slowReport(data: string) {
  const res = await client.withOptions({ timeout: 120_000, maxRetries: 1 }).chat.completions.create({
    model: "o3-mini",
    messages: [{ role: "user", content: `Write an analysis of:\n${data}` }],
    max_completion_tokens: 4000,
  });
  return res.choices[0].message.content;
}
