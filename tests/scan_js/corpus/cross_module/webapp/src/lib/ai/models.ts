import { createAnthropic } from "@ai-sdk/anthropic";
import { openai } from "@ai-sdk/openai";

const anthropic = createAnthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export const draftModel = anthropic("claude-3-7-sonnet-20250219");

export default openai("gpt-4o-mini");
