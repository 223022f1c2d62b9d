import OpenAI from "openai";

const client = new OpenAI();
const LABEL_MODEL = `gpt-4o-mini`;

export async function labelAll(items: string[]): Promise<string[]> {
  const responses = await Promise.all(
    items.map((item) =>
      client.chat.completions.create({
        model: LABEL_MODEL,
        messages: [{ role: "user", content: `Label as positive/negative/neutral: ${item}` }],
        max_completion_tokens: 3,
      })
    )
  );
  return responses.map((r) => r.choices[0].message.content ?? "neutral");
}
