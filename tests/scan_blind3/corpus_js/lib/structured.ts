import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const openai = new OpenAI();

const Event = z.object({ name: z.string(), date: z.string(), participants: z.array(z.string()) });

export async function extractEvent(text: string) {
  const completion = await openai.withOptions({ timeout: 20_000, maxRetries: 4 }).beta.chat.completions.parse({
    model: "gpt-4o-2024-08-06",
    messages: [
      { role: "system", content: "Extract the event information." },
      { role: "user", content: text },
    ],
    response_format: zodResponseFormat(Event, "event"),
  });
  return completion.choices[0].message.parsed;
}

export async function quick(text: string) {
  const r = await openai.withOptions({ timeout: 5_000 }).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
  return r.choices[0].message.content;
}
