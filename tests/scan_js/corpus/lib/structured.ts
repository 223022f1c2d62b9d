import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const openai = new OpenAI();

const Event = z.object({ name: z.string(), date: z.string(), participants: z.array(z.string()) });

export async function extractEvent(text: string) {
  const { data, response } = await openai.beta.chat.completions
    .parse({
      model: "gpt-4o-2024-08-06",
      messages: [
        { role: "system", content: "Extract the event information." },
        { role: "user", content: text },
      ],
      response_format: zodResponseFormat(Event, "event"),
    })
    .withResponse();
  console.debug("request id", response.headers.get("x-request-id"));
  return data.choices[0].message.parsed;
}
