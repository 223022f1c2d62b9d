import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatAnthropic } from "@langchain/anthropic";

export function createTranslator(language: string) {
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", `Translate the user's text into ${language}.`],
    ["human", "{text}"],
  ]);
  return prompt.pipe(new ChatAnthropic({ model: "claude-3-5-haiku-latest", maxTokens: 300 }));
}

export default new ChatAnthropic({ model: "claude-3-7-sonnet-20250219" });
