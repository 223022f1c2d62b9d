import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages, document } = await req.json();

  const result = streamText({
    model: openai("gpt-4o-mini"),
    system:
      "You summarise documents for busy engineers. Use short bullet points and keep technical terms exact.",
    messages: [
      { role: "user", content: `Summarise this document:\n\n${document}` },
      ...messages,
    ],
    maxTokens: 800,
    temperature: 0.2,
  });

  return result.toDataStreamResponse();
}
