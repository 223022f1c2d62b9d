import { flash } from "src/lib/gemini";

export async function POST(req: Request) {
  const { notes } = await req.json();
  const result = await flash.generateContent(`Summarise these notes:\n${notes}`);
  return Response.json({ summary: result.response.text() });
}
