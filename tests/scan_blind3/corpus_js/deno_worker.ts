import OpenAI from "npm:openai@4";

const client = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });
const MODEL = Deno.env.get("MODEL") ?? "gpt-4o-mini";

Deno.serve(async (req: Request) => {
  if (req.method !== "POST") return new Response("method not allowed", { status: 405 });
  const { text } = await req.json();
  const res = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: `Fix grammar, keep meaning:\n${text}` }],
    max_tokens: 500,
  });
  return Response.json({ fixed: res.choices[0].message.content });
});
