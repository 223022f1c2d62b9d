import OpenAI from "npm:openai@4.77.0";

const openai = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });

Deno.serve(async (req) => {
  const { text } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarise the text in two sentences." },
      { role: "user", content: text },
    ],
    max_tokens: 120,
  });
  return new Response(JSON.stringify({ summary: completion.choices[0].message.content }), {
    headers: { "Content-Type": "application/json" },
  });
});
