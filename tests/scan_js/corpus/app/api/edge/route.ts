export const runtime = "edge";

const OPENAI_URL = "https://api.openai.com/v1/chat/completions";

export async function POST(req: Request) {
  const { question } = await req.json();
  const upstream = await fetch(OPENAI_URL, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.OPENAI_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      stream: true,
      max_tokens: 350,
      messages: [
        { role: "system", content: "You answer questions about our pricing page only." },
        { role: "user", content: question },
      ],
    }),
  });
  return new Response(upstream.body, { headers: { "Content-Type": "text/event-stream" } });
}
