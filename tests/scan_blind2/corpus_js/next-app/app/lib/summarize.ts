import { openai } from "./openai";
import { SUMMARY_MODEL, TITLE_MODEL } from "./models";

export async function summarize(text: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: SUMMARY_MODEL,
    messages: [
      { role: "system", content: "Summarize the document in 5 bullet points." },
      { role: "user", content: text },
    ],
    max_tokens: 400,
  });
  return completion.choices[0]?.message?.content ?? "";
}

export async function titleFor(text: string) {
  const res = await openai.chat.completions.create({ model: TITLE_MODEL, messages: [{ role: "user", content: `Title: ${text}` }] });
  return res.choices[0].message.content;
}
