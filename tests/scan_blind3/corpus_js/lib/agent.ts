import Anthropic from "@anthropic-ai/sdk";
import type { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages";

const tools: Tool[] = [
  {
    name: "search_docs",
    description: "Search the internal docs",
    input_schema: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
  },
];

export class ResearchAgent {
  private readonly client: Anthropic;

  constructor(private readonly model: string = "claude-sonnet-4-20250514", client?: Anthropic) {
    this.client = client ?? new Anthropic();
  }

  async run(task: string, search: (q: string) => Promise<string>): Promise<string> {
    const messages: MessageParam[] = [{ role: "user", content: task }];
    for (let step = 0; step < 8; step++) {
      const res = await this.client.messages.create({
        model: this.model,
        max_tokens: 2048,
        tools,
        messages,
      });
      if (res.stop_reason !== "tool_use") {
        return res.content.filter((b) => b.type === "text").map((b) => b.text).join("");
      }
      messages.push({ role: "assistant", content: res.content });
      const results = [];
      for (const block of res.content) {
        if (block.type === "tool_use") {
          const out = await search((block.input as { query: string }).query);
          results.push({ type: "tool_result" as const, tool_use_id: block.id, content: out });
        }
      }
      messages.push({ role: "user", content: results });
    }
    return "step limit reached";
  }
}
