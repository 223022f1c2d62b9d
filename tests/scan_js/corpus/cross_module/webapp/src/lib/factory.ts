import { openai } from "@ai-sdk/openai";

export const getModel = (name = "gpt-4.1-mini") => openai(name);
