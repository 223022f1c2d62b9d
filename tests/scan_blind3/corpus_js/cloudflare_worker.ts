import OpenAI from "openai";

export interface Env {
  OPENAI_API_KEY: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const q = url.searchParams.get("q") ?? "";
    const openai = new OpenAI({ apiKey: env.OPENAI_API_KEY });
    const stream = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      stream: true,
      messages: [{ role: "user", content: q }],
    });
    const { readable, writable } = new TransformStream();
    const writer = writable.getWriter();
    const enc = new TextEncoder();
    (async () => {
      for await (const part of stream) {
        await writer.write(enc.encode(part.choices[0]?.delta?.content ?? ""));
      }
      await writer.close();
    })();
    return new Response(readable, { headers: { "content-type": "text/plain" } });
  },
};
