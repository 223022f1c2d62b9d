import { generateText } from "ai";
import { draftModel } from "@ai";

export async function POST(req: Request) {
  const { brief } = await req.json();
  const { text } = await generateText({
    model: draftModel,
    system: "You draft short product announcements.",
    prompt: brief,
  });
  return Response.json({ text });
}
