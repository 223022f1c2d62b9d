import OpenAI from "openai";

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig();
  const openai = new OpenAI({ apiKey: config.openaiApiKey });
  const { messages } = await readBody(event);

  const response = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are the Nuxt docs assistant. Link to the docs when you can." },
      ...messages,
    ],
  });
  return response.choices[0].message;
});
