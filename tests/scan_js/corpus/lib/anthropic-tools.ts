import Anthropic from "@anthropic-ai/sdk";
import type { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";

const anthropic = new Anthropic();

const FAMILY = "claude-3-7-sonnet";
const CLAUDE_MODEL = `${FAMILY}-latest`;

const tools: Tool[] = [
  {
    name: "get_weather",
    description: "Get the current weather for a city",
    input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
];

export async function runAgent(userInput: string): Promise<string> {
  const messages: MessageParam[] = [{ role: "user", content: userInput }];
  while (true) {
    const response = await anthropic.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 2048,
      tools,
      messages,
    });
    if (response.stop_reason !== "tool_use") {
      return response.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    }
    messages.push({ role: "assistant", content: response.content });
    const results = response.content
      .filter((b) => b.type === "tool_use")
      .map((b) => ({ type: "tool_result" as const, tool_use_id: b.id, content: "18°C, cloudy" }));
    messages.push({ role: "user", content: results });
  }
}
