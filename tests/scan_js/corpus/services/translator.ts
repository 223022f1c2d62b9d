import type OpenAI from "openai";

export interface TranslateOptions {
  target: string;
  formal?: boolean;
}

export async function translate(
  client: OpenAI,
  text: string,
  { target, formal = false }: TranslateOptions,
  model = "gpt-4o-mini",
): Promise<string> {
  const tone = formal ? "formal" : "neutral";
  const res = await client.chat.completions.create({
    model,
    messages: [
      { role: "system", content: `Translate the user's text into ${target}. Use a ${tone} tone.` },
      { role: "user", content: text },
    ],
  });
  return res.choices[0].message.content ?? text;
}
