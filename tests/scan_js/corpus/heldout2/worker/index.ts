import OpenAI from "openai";

export interface Env {
  OPENAI_API_KEY: string;
  OPENROUTER_API_KEY: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== "/ask") return new Response("not found", { status: 404 });

    const client = new OpenAI({
      apiKey: env.OPENROUTER_API_KEY,
      baseURL: "https://openrouter.ai/api/v1",
    });
    const question = url.searchParams.get("q") ?? "";
    const chat = await client.chat.completions.create({
      model: "anthropic/claude-3.5-sonnet",
      messages: [{ role: "user", content: question }],
      max_tokens: 512,
    });
    return Response.json({ answer: chat.choices[0].message.content });
  },
};
