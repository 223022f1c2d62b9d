import { generateText } from "ai";
import { getModel } from "@/lib/factory";

export async function POST(req: Request) {
  const { text } = await req.json();
  const label = await generateText({ model: getModel("gpt-4.1-nano"), prompt: `Label the sentiment: ${text}` });
  const reason = await generateText({ model: getModel(), prompt: `Why is this ${label.text}? ${text}` });
  return Response.json({ label: label.text, reason: reason.text });
}
