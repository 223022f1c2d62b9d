import OpenAI from "openai";

export const oneShot = async (q: string) =>
  (await new OpenAI().chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] })).choices[0]
    .message.content;
