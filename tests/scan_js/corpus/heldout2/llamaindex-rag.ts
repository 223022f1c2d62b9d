import { OpenAI, Settings, VectorStoreIndex, Document } from "llamaindex";

Settings.llm = new OpenAI({ model: "gpt-4o-mini", temperature: 0 });

const summarizer = new OpenAI({ model: "gpt-4o", maxTokens: 400 });

export async function buildIndex(texts: string[]) {
  return VectorStoreIndex.fromDocuments(texts.map((text) => new Document({ text })));
}

export async function summarize(text: string): Promise<string> {
  const response = await summarizer.complete({ prompt: `Summarize for a status update:\n${text}` });
  return response.text;
}

export async function chatOnce(question: string): Promise<string> {
  const response = await summarizer.chat({
    messages: [
      { role: "system", content: "Answer in one sentence." },
      { role: "user", content: question },
    ],
  });
  return String(response.message.content);
}
