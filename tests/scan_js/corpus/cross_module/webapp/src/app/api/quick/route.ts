import { streamText } from "ai";
import { fastModel } from "@/lib/ai";

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({ model: fastModel, messages, maxTokens: 256 });
  return result.toDataStreamResponse();
}
