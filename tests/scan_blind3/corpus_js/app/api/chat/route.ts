import { openai } from "@ai-sdk/openai";
import { streamText, convertToCoreMessages } from "ai";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages } = await req.json();

  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "You are a concise assistant for the Acme docs site.",
    messages: convertToCoreMessages(messages),
    maxTokens: 800,
  });

  return result.toDataStreamResponse();
}
