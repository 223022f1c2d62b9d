import { ChatAnthropic } from "@langchain/anthropic";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";

const llm = new ChatAnthropic({ model: "claude-3-haiku-20240307", maxTokens: 1024 });

const stream = await llm.stream([
  new SystemMessage("You write bedtime stories for 5-year-olds."),
  new HumanMessage(process.argv[2] ?? "a brave snail"),
]);

for await (const chunk of stream) {
  process.stdout.write(String(chunk.content));
}
