import { openai } from "@ai-sdk/openai";
import { streamText, tool } from "ai";
import { z } from "zod";
import { getOrderStatus } from "@/lib/orders";

export async function POST(req: Request) {
  const { messages } = await req.json();

  // rice: output_tokens=1200 volume=20000/day
  const result = streamText({
    model: openai.responses("gpt-4.1"),
    system: "You are the order-tracking agent. Use the tools; never guess an order status.",
    messages,
    maxSteps: 5,
    tools: {
      orderStatus: tool({
        description: "Look up the status of an order",
        parameters: z.object({ orderId: z.string() }),
        execute: async ({ orderId }) => getOrderStatus(orderId),
      }),
    },
  });

  return result.toDataStreamResponse();
}
