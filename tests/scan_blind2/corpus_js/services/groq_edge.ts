import Groq from "groq-sdk";

export const runtime = "edge";
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

export async function GET() {
  const completion = await groq.chat.completions.create({
    model: "llama-3.1-8b-instant",
    messages: [{ role: "user", content: "Give me a fun fact." }],
  });
  return new Response(completion.choices[0]?.message?.content ?? "");
}
