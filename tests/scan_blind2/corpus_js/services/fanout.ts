import OpenAI from "openai";

const openai = new OpenAI();
const MODEL = "gpt-4o-mini";

export async function translateAll(lines: string[], lang: string) {
  const results = await Promise.all(
    lines.map((line) =>
      openai.chat.completions.create({
        model: MODEL,
        messages: [
          { role: "system", content: `Translate to ${lang}. Reply with the translation only.` },
          { role: "user", content: line },
        ],
      }),
    ),
  );
  return results.map((r) => r.choices[0].message.content ?? "");
}
