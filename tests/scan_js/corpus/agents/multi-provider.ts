import { initChatModel } from "langchain/chat_models/universal";

const planner = await initChatModel("gpt-4o", { modelProvider: "openai", temperature: 0, maxTokens: 700 });

export async function plan(goal: string): Promise<string> {
  const res = await planner.invoke([
    ["system", "Break the goal into at most five concrete steps. Number them."],
    ["human", goal],
  ]);
  return String(res.content);
}
