"use server";

import { anthropic } from "@ai-sdk/anthropic";
import { generateObject } from "ai";
import { z } from "zod";

const RecipeSchema = z.object({
  title: z.string(),
  ingredients: z.array(z.object({ name: z.string(), amount: z.string() })),
  steps: z.array(z.string()),
});

export async function createRecipe(formData: FormData) {
  const dish = String(formData.get("dish") ?? "");
  const { object } = await generateObject({
    model: anthropic("claude-3-5-sonnet-latest"),
    schema: RecipeSchema,
    prompt: `Create a weeknight recipe for ${dish}.`,
  });
  return object;
}
