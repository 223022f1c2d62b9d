import providers from "../lib/providers";

export async function summarise(text: string) {
  const reply = await providers.openai.chat.completions.create({
    model: "gpt-4.1-nano",
    messages: [{ role: "user", content: `Summarise: ${text}` }],
    max_tokens: 300,
  });
  const local = { writer: providers.claude };
  const review = await local.writer.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 200,
    messages: [{ role: "user", content: reply.choices[0].message.content ?? "" }],
  });
  return providers.region.length + review.content.length;
}
