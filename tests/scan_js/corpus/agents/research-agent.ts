import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { z } from "zod";

const search = tool(async ({ query }) => `results for ${query}`, {
  name: "web_search",
  description: "Search the web",
  schema: z.object({ query: z.string() }),
});

const llm = new ChatOpenAI({ model: "gpt-4o", temperature: 0, maxTokens: 1500 });
const llmWithTools = llm.bindTools([search]);

export async function research(question: string, maxSteps = 5): Promise<string> {
  const messages: BaseMessage[] = [
    new SystemMessage("You are a careful research assistant. Cite your sources."),
    new HumanMessage(question),
  ];
  for (let step = 0; step < maxSteps; step++) {
    const ai = await llmWithTools.invoke(messages);
    messages.push(ai);
    if (!ai.tool_calls?.length) return String(ai.content);
    for (const call of ai.tool_calls) {
      const output = await search.invoke(call.args as { query: string });
      messages.push(new ToolMessage({ content: output, tool_call_id: call.id! }));
    }
  }
  return "I could not finish the research in time.";
}
