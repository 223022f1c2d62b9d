import { CohereClientV2 } from "cohere-ai";

const cohere = new CohereClientV2({ token: process.env.COHERE_API_KEY });

export async function answer(question: string, docs: string[]) {
  const ranked = await cohere.rerank({ model: "rerank-english-v3.0", query: question, documents: docs });
  const reply = await cohere.chat({
    model: "command-r-plus-08-2024",
    messages: [{ role: "user", content: `${question}\n\n${docs[ranked.results[0].index]}` }],
  });
  return reply.message;
}
