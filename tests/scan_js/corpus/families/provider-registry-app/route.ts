import { generateText, streamText } from "ai";
import { aliases } from "./models";

export async function POST(req: Request) {
  const { prompt } = await req.json();
  const draft = await generateText({ model: aliases.languageModel("anthropic:writer"), prompt });
  const check = await generateText({ model: aliases.languageModel("openai:quick"), prompt: draft.text });
  // not an alias: the fallback provider serves the model id itself
  return streamText({ model: aliases.languageModel("openai:gpt-4o"), prompt: check.text });
}
