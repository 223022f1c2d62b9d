import { google } from "@ai-sdk/google";
import { generateObject } from "ai";
import { z } from "zod";

const invoiceSchema = z.object({
  vendor: z.string(),
  total: z.number(),
  currency: z.string().length(3),
  lineItems: z.array(z.object({ description: z.string(), amount: z.number() })),
});

export async function POST(request: Request) {
  const { text } = await request.json();
  if (!text || typeof text !== "string") {
    return Response.json({ error: "text is required" }, { status: 400 });
  }

  const { object } = await generateObject({
    model: google("gemini-1.5-pro-latest"),
    schema: invoiceSchema,
    prompt: `Extract the invoice fields from the following text.\n\n${text}`,
    maxTokens: 1000,
  });

  return Response.json(object);
}
