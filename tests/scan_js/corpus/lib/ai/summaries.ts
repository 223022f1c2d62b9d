import { getAnthropic } from "./client-factory";
import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";

const baseParams = {
  model: "claude-3-5-haiku-20241022",
  max_tokens: 400,
  temperature: 0,
} satisfies Partial<MessageCreateParamsNonStreaming>;

export async function summarizeThread(thread: string[]): Promise<string> {
  const client = getAnthropic();
  const params: MessageCreateParamsNonStreaming = {
    ...baseParams,
    system: "Summarise the support thread in three bullet points.",
    messages: [{ role: "user", content: thread.join("\n\n") }],
  };
  const msg = await client.messages.create(params);
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
