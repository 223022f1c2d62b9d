import { anthropic } from "@ai-sdk/anthropic";
import { streamObject } from "ai";
import { z } from "zod";

export const recipeSchema = z.object({
  name: z.string(),
  ingredients: z.array(z.object({ item: z.string(), quantity: z.string() })),
  steps: z.array(z.string()),
});

export async function POST(req: Request) {
  const { dish, servings } = await req.json();
  const result = streamObject({
    model: anthropic("claude-3-5-sonnet-latest"),
    schema: recipeSchema,
    system: "You are a chef. Use metric units.",
    prompt: `Create a recipe for ${dish} for ${servings} people.`,
    maxTokens: 1200,
  });
  return result.toTextStreamResponse();
}
