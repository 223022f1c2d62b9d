import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function tag(text: string) {
  const result = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Suggest 3 tags for: ${text}` }],
  });
  return result.choices?.[0]?.message?.content;
}
