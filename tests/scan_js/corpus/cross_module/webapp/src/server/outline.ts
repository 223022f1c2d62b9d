import { generateObject } from "ai";
import { z } from "zod";
import { draftModel as model } from "../lib/ai/models";

export async function outline(topic: string) {
  const { object } = await generateObject({
    model,
    schema: z.object({ sections: z.array(z.string()) }),
    prompt: `Outline an article about ${topic}.`,
  });
  return object.sections;
}
