import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: useRuntimeConfig().mistralApiKey });

export default defineEventHandler(async (event) => {
  const { text, target } = await readBody<{ text: string; target: string }>(event);
  const result = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Translate into ${target}:\n${text}` }],
    maxTokens: 1000,
  });
  return { translation: result.choices?.[0]?.message?.content };
});
