import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function tagArticle(title: string, body: string): Promise<string[]> {
  const result = await mistral.chat.complete({
    model: "mistral-small-latest",
    maxTokens: 60,
    messages: [
      { role: "system", content: "Return 3 to 5 lowercase topic tags, comma separated." },
      { role: "user", content: `${title}\n\n${body}` },
    ],
  });
  const content = result.choices?.[0]?.message?.content;
  return typeof content === "string" ? content.split(",").map((t) => t.trim()) : [];
}
