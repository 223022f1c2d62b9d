import OpenAI from "openai";

const openai = new OpenAI();
const ASSISTANT_ID = process.env.ASSISTANT_ID!;

export async function askAssistant(question: string) {
  const thread = await openai.beta.threads.create({ messages: [{ role: "user", content: question }] });
  const run = await openai.beta.threads.runs.createAndPoll(thread.id, { assistant_id: ASSISTANT_ID });
  if (run.status !== "completed") throw new Error(`run ended with ${run.status}`);
  const messages = await openai.beta.threads.messages.list(thread.id);
  return messages.data[0].content;
}
