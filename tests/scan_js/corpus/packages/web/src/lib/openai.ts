import { OpenAI as OpenAIClient } from "openai";
import type { ChatCompletionMessageParam } from "openai/resources";

const oa = new OpenAIClient();

export async function answerWithContext(question: string, search: (v: number[]) => Promise<string[]>) {
  const embedding = await oa.embeddings.create({ model: "text-embedding-3-large", input: question });
  const passages = await search(embedding.data[0].embedding);
  const messages: ChatCompletionMessageParam[] = [
    { role: "system", content: "Answer using the passages. Quote the passage you used." },
    { role: "user", content: `Passages:\n${passages.join("\n\n")}\n\nQuestion: ${question}` },
  ];
  const completion = await oa.chat.completions.create({
    model: "gpt-3.5-turbo",
    messages,
    temperature: 0,
    max_tokens: 256,
  });
  return completion.choices[0].message.content;
}
