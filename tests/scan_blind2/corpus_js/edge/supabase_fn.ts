import OpenAI from "npm:openai@4.67.0";

const client = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });
const MODEL = Deno.env.get("CHAT_MODEL") ?? "gpt-4o";

Deno.serve(async (req) => {
  const { query } = await req.json();
  const stream = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: "user", content: query }],
    stream: true,
  });
  return new Response(stream.toReadableStream(), { headers: { "Content-Type": "text/event-stream" } });
});
