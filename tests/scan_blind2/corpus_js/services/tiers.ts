import OpenAI from "openai";

const MODELS = {
  fast: "gpt-4o-mini",
  smart: "gpt-4o",
} as const;

type Tier = keyof typeof MODELS;
const client = new OpenAI();

export async function complete(prompt: string, tier: Tier) {
  const r = await client.chat.completions.create({ model: MODELS[tier], messages: [{ role: "user", content: prompt }] });
  return r.choices[0].message.content;
}

export async function smartComplete(prompt: string) {
  const r = await client.chat.completions.create({
    model: MODELS.smart,
    messages: [{ role: "user", content: prompt }],
  });
  return r.choices[0].message.content;
}
