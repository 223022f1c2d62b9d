import OpenAI from "openai";

const MODELS = {
  fast: "gpt-4o-mini",
  deep: "o3-mini",
} as const;

type Tier = keyof typeof MODELS;
const client = new OpenAI();

export async function ask(tier: Tier, prompt: string) {
  const r = await client.chat.completions.create({ model: MODELS[tier], messages: [{ role: "user", content: prompt }] });
  return r.choices[0].message.content;
}

export async function plan(goal: string) {
  const r = await client.chat.completions.create({
    model: MODELS.deep,
    reasoning_effort: "medium",
    messages: [{ role: "user", content: `Make a step-by-step plan to: ${goal}` }],
  });
  return r.choices[0].message.content;
}
