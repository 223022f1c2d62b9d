// An agent runner whose AI-gateway model string is a parameter's default, given to streamText as `{ model }`.
import { generateText, streamText } from "ai";

export async function runAnalyst({
  question,
  model = "anthropic/claude-sonnet-4",
}: {
  question: string;
  model?: string;
}) {
  return streamText({ model, system: "You are a careful data analyst.", prompt: question });
}

export async function summarise(text: string, model = "openai/gpt-4.1-mini") {
  const { text: summary } = await generateText({ model, prompt: `Summarise: ${text}` });
  return summary;
}
